import { onMessage } from '../messaging/guard';
import { onBulkMessage } from '../messaging/bulk-channel';
import type { MentorRadarDb } from '../db/database';
import {
  countRecords,
  deleteAllData,
  exportBackupFile,
  exportContactsCsvFile,
  previewBothModes,
  restoreChecked,
  restoreSafetyBackup,
} from '../data/data-service';
import type { LocalStateDb } from '../db/local-db';
import { importConnectionsFile } from '../data/import-file';
import { latestSafetyBackup } from '../data/safety-backups';
import { broadcastContactsChanged, broadcastImportProgress, broadcastSettingsChanged } from './broadcast';

/** The browser's estimate for our origin; null where navigator.storage is missing (older Firefox workers). */
async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
  try {
    const estimate = await navigator.storage?.estimate?.();
    if (!estimate) return null;
    return { usage: Math.round(estimate.usage ?? 0), quota: Math.round(estimate.quota ?? 0) };
  } catch {
    return null;
  }
}

/** "Own your data" messages: import, backup, restore, CSV export, storage figures, delete everything. */
export function registerDataHandlers(db: MentorRadarDb, local: LocalStateDb, now: () => number = Date.now): void {
  onBulkMessage('importConnectionsFile', async ({ id, text }) => {
    const onWritten = (done: number, total: number) => broadcastImportProgress({ id, done, total });
    const { outcome, changedKeys } = await importConnectionsFile(db, text, now(), { onWritten });
    if (changedKeys.length > 0) broadcastContactsChanged(changedKeys);
    return outcome;
  });
  onMessage('exportBackup', () => exportBackupFile(db, now()));
  onMessage('previewRestore', ({ backup }) => previewBothModes(db, backup));
  onMessage('restoreBackup', async ({ backup, mode }) => {
    const { changes, changedKeys } = await restoreChecked(db, backup, mode, local, now());
    broadcastContactsChanged(changedKeys);
    broadcastSettingsChanged();
    return changes;
  });
  onMessage('getSafetyBackup', () => latestSafetyBackup(local));
  onMessage('restoreSafetyBackup', async ({ id }) => {
    const { changes, changedKeys } = await restoreSafetyBackup(db, local, id, now());
    broadcastContactsChanged(changedKeys);
    broadcastSettingsChanged();
    return changes;
  });
  onMessage('exportContactsCsv', ({ lang, timeZone }) => exportContactsCsvFile(db, lang, now(), timeZone));
  onMessage('getDataStats', async () => ({ counts: await countRecords(db), estimate: await storageEstimate() }));
  onMessage('deleteAllData', async () => {
    const { removed, changedKeys } = await deleteAllData(db, local);
    broadcastContactsChanged(changedKeys);
    broadcastSettingsChanged();
    return removed;
  });
}
