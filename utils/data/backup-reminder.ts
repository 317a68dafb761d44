/** How old the last backup may get before options reminds the user (issue 7: 30 days). */
export const BACKUP_REMINDER_DAYS = 30;
const DAY_MS = 86_400_000;

export type BackupReminder = { kind: 'never' } | { kind: 'stale'; days: number } | null;

/** Pure: whether to show the backup reminder, and why. A clock set back (future lastBackupAt) counts as fresh. */
export function backupReminder(lastBackupAt: number | null, now: number): BackupReminder {
  if (lastBackupAt === null) return { kind: 'never' };
  const days = Math.floor((now - lastBackupAt) / DAY_MS);
  return days > BACKUP_REMINDER_DAYS ? { kind: 'stale', days } : null;
}
