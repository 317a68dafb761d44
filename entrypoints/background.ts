import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import '../utils/schemas/zod-setup';
import { MentorRadarDb } from '../utils/db/database';
import { registerHandlers } from '../utils/background/handlers';
import { registerReminders } from '../utils/reminders/scheduler';
import { clearTabState } from '../utils/background/tab-state';
import { registerOnboarding } from '../utils/background/onboarding';

export default defineBackground(() => {
  const db = new MentorRadarDb();
  registerHandlers(db);
  registerReminders(db);
  registerOnboarding();
  browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));
});
