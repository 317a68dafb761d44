/**
 * zod schemas of the automatic-backup messages (options page ↔ background) and of the schedule's state kept
 * in the local state database. Free of Dexie and browser APIs, so extension pages can import it.
 */
import { z } from 'zod';
import { AutoBackupSettingsSchema } from '../schemas/settings';
import { MAX_EPOCH_MS } from '../schemas/limits';

const epoch = z.number().int().nonnegative().max(MAX_EPOCH_MS);

/** The last attempt to write into the picked folder. */
export const FolderResultSchema = z.object({
  at: epoch,
  ok: z.boolean(),
  /** Why it failed: the browser wants the permission again, or the write itself failed (disk full, folder gone). */
  reason: z.enum(['needs-permission', 'failed']).nullable(),
  fileName: z.string().max(200).nullable(),
  message: z.string().max(500).nullable(),
});
export type FolderResult = z.infer<typeof FolderResultSchema>;

export const RunErrorSchema = z.object({ at: epoch, message: z.string().max(500) });

/** What the background remembers between runs (this browser only: never exported). */
export const AutoBackupStateSchema = z.object({
  /** When the schedule last ran (a copy taken, or found unchanged): the base of the next due time. */
  lastAt: epoch.nullable(),
  folder: FolderResultSchema.nullable(),
  /** The last run's failure (e.g. the disk is full), until a run succeeds. */
  lastError: RunErrorSchema.nullable().default(null),
});
export type AutoBackupState = z.infer<typeof AutoBackupStateSchema>;
export const EMPTY_AUTO_BACKUP_STATE: AutoBackupState = { lastAt: null, folder: null, lastError: null };

export const ScheduledCopySchema = z.object({
  id: z.string().min(1).max(100),
  createdAt: epoch,
  contacts: z.number().int().nonnegative(),
  savedAt: epoch.nullable(),
});

export const AutoBackupStatusSchema = z.object({
  settings: AutoBackupSettingsSchema,
  lastAt: epoch.nullable(),
  nextAt: epoch.nullable(),
  /** The automatic copies kept in the extension, newest first. */
  copies: z.array(ScheduledCopySchema),
  folder: FolderResultSchema.nullable(),
  lastError: RunErrorSchema.nullable(),
});
export type AutoBackupStatus = z.infer<typeof AutoBackupStatusSchema>;

/** The newest automatic copy while it was not saved as a file yet: what the reminder offers. */
export function pendingCopy(status: AutoBackupStatus): z.infer<typeof ScheduledCopySchema> | null {
  const [newest] = status.copies;
  return newest && newest.savedAt === null ? newest : null;
}
