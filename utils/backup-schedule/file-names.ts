/**
 * Pure: the names of the automatic backup files, and which files in the user's folder are ours. Only a name
 * that matches our pattern exactly is ever ours: a manual backup (`mentor-radar-backup-2026-12-05.json`), a
 * renamed copy (`… (1).json`, `….json.bak`) or anything else in the folder is never touched.
 */
import { pickToPrune } from './retention';

/** The manual backup's name (utils/data/backup.ts backupFileName) with `-auto-`: same format, told apart. */
const PREFIX = 'mentor-radar-backup-auto-';
const OURS = /^mentor-radar-backup-auto-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})Z\.json$/;

/** `mentor-radar-backup-auto-2026-12-05T20-30-00Z.json` (UTC; sorts by time; no `:` for Windows). */
export function autoBackupFileName(now: number): string {
  const iso = new Date(now).toISOString(); // 2026-12-05T20:30:00.000Z
  return `${PREFIX}${iso.slice(0, 10)}T${iso.slice(11, 19).replaceAll(':', '-')}Z.json`;
}

/** The time an automatic backup file's name says, or null when the name is not exactly one of ours. */
export function timeOfAutoBackupFile(name: string): number | null {
  const match = OURS.exec(name);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  const at = Date.UTC(year, month - 1, day, hour, minute, second);
  // 2026-02-31 would roll over into March: not a name we write.
  return autoBackupFileName(at) === name ? at : null;
}

/**
 * Which files of the folder to delete so that the newest `keep` of ours remain, the one just written always
 * among them (see pickToPrune). Files that are not ours are never in the answer.
 */
export function autoBackupFilesToPrune(names: readonly string[], keep: number, justWritten: string | null): string[] {
  const ours = names.flatMap((name) => {
    const at = timeOfAutoBackupFile(name);
    return at === null ? [] : [{ id: name, at }];
  });
  return pickToPrune(ours, keep, justWritten).map((file) => file.id);
}
