import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import '../utils/schemas/zod-setup';
import { MentorRadarDb } from '../utils/db/database';
import { LocalStateDb } from '../utils/db/local-db';
import { restrictSessionStorage } from '../utils/ui/private-storage';
import { moveLegacyLocalState } from '../utils/background/legacy-local-state';
import { registerHandlers } from '../utils/background/handlers';
import { registerReminders } from '../utils/reminders/scheduler';
import { clearTabState } from '../utils/background/tab-state';
import { registerOnboarding } from '../utils/background/onboarding';
import { createSidebarFrames } from '../utils/background/sidebar-frames';
import { trustFramedPagesWith } from '../utils/messaging/guard';
import { registerAutoBackups } from '../utils/backup-schedule/auto-backup-alarm';
import { loadBackupFolder } from '../utils/backup-schedule/folder-store';
import { registerAutoBackupHandlers } from '../utils/background/auto-backup-handlers';
import { broadcastAutoBackupChanged, broadcastSettingsChanged } from '../utils/background/broadcast';

export default defineBackground(() => {
  const db = new MentorRadarDb();
  const local = new LocalStateDb();
  const frames = createSidebarFrames();
  trustFramedPagesWith(frames.isClaimedFrame);
  registerHandlers(db, local, frames);
  void restrictSessionStorage();
  void moveLegacyLocalState(local, Date.now());
  registerReminders(db, local);
  const runAutoBackup = registerAutoBackups(db, local, { loadFolder: loadBackupFolder }, () => {
    broadcastAutoBackupChanged();
    broadcastSettingsChanged(); // a backup saved into the folder moves the last backup's date
  });
  registerAutoBackupHandlers(db, local, runAutoBackup);
  registerOnboarding();
  browser.tabs.onRemoved.addListener((tabId) => {
    void clearTabState(tabId);
    void frames.forgetTab(tabId);
  });
});
