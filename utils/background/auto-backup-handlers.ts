import { onMessage } from '../messaging/guard';
import type { MentorRadarDb } from '../db/database';
import type { LocalStateDb } from '../db/local-db';
import { setAutoBackupSettings } from '../db/settings';
import { autoBackupStatus, recordCopySaved, scheduledCopyFile, type RunOutcome } from '../backup-schedule/auto-backup-service';
import { rescheduleAutoBackup } from '../backup-schedule/auto-backup-alarm';
import { broadcastAutoBackupChanged, broadcastSettingsChanged } from './broadcast';

/** Automatic-backup messages of the options page; `run` is the schedule's own (serialised) run. */
export function registerAutoBackupHandlers(
  db: MentorRadarDb,
  local: LocalStateDb,
  run: (options?: { force?: boolean }) => Promise<RunOutcome>,
  now: () => number = Date.now,
): void {
  onMessage('getAutoBackupStatus', () => autoBackupStatus(db, local, now()));
  onMessage('setAutoBackup', async ({ settings }) => {
    await setAutoBackupSettings(db, settings);
    // The alarm moves at once (turned on and never run: due now), not only when the change feed gets to it.
    await rescheduleAutoBackup(db, local, now());
    broadcastAutoBackupChanged();
    return autoBackupStatus(db, local, now());
  });
  onMessage('runAutoBackupNow', async () => {
    await run({ force: true });
    return autoBackupStatus(db, local, now());
  });
  onMessage('getAutoBackupCopy', ({ id }) => scheduledCopyFile(local, id));
  onMessage('markAutoBackupSaved', async ({ id, folder }) => {
    await recordCopySaved(db, local, id, folder, now());
    broadcastAutoBackupChanged();
    broadcastSettingsChanged(); // the last backup's date (the 30-day reminder)
    return autoBackupStatus(db, local, now());
  });
}
