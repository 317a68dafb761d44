/**
 * Background side of automatic backups: when one is due, the whole database is exported (the same file as
 * the manual backup: utils/data/backup.ts) and kept as a scheduled copy in the extension's local database
 * (the newest N). Then, if the user picked a folder and the browser still grants access to it, the file is
 * written there too (the newest N of our files kept); otherwise the copy waits for the user, who gets a
 * notification and a one-click download (or "grant access") in the options page.
 */
import type { MentorRadarDb } from '../db/database';
import type { AutoBackupSettings } from '../schemas/settings';
import type { LocalStateDb } from '../db/local-db';
import { getAutoBackupSettings, setPreferences } from '../db/settings';
import { exportBackup, serialiseBackup } from '../data/backup';
import { keepCopy, markCopySaved, newestScheduledText, scheduledCopies } from '../data/safety-backups';
import { autoBackupFileName } from './file-names';
import { writeBackupToFolder, type FolderLike } from './folder';
import { nextBackupAt, isBackupDue } from './schedule';
import {
  AutoBackupStateSchema,
  EMPTY_AUTO_BACKUP_STATE,
  type AutoBackupState,
  type AutoBackupStatus,
  type FolderResult,
} from './status-schema';

const STATE_KEY = 'autoBackup:state';

export async function readAutoBackupState(local: LocalStateDb): Promise<AutoBackupState> {
  const parsed = AutoBackupStateSchema.safeParse((await local.state.get(STATE_KEY))?.value);
  return parsed.success ? parsed.data : EMPTY_AUTO_BACKUP_STATE;
}

async function writeState(local: LocalStateDb, state: AutoBackupState): Promise<void> {
  await local.state.put({ key: STATE_KEY, value: AutoBackupStateSchema.parse(state) });
}

/** A backup file's text without its export time: two runs over unchanged data give the same. */
const content = (text: string) => text.replace(/^ {2}"exportedAt": \d+,$/m, '');

export interface AutoBackupDeps {
  /** The folder the user picked, if any (utils/backup-schedule/folder-store.ts in the extension). */
  loadFolder: () => Promise<FolderLike | null>;
}

export type RunOutcome =
  | { ran: false }
  | { ran: true; unchanged: true }
  | { ran: true; unchanged: false; copyId: string; folder: FolderResult | null };

/**
 * One run of the schedule at `now`: nothing unless due (or `force`: the user's "Back up now"). Unchanged
 * data since the last copy takes no new copy (N identical copies would push out the older, different
 * versions the user keeps them for) but counts as a run.
 */
export async function runAutoBackup(
  db: MentorRadarDb,
  local: LocalStateDb,
  now: number,
  deps: AutoBackupDeps,
  { force = false } = {},
): Promise<RunOutcome> {
  const settings = await getAutoBackupSettings(db);
  const state = await readAutoBackupState(local);
  if (!force && !isBackupDue(settings, state.lastAt, now)) return { ran: false };
  try {
    return await takeScheduledBackup(db, local, now, deps, settings, state, force);
  } catch (error) {
    // Shown in the panel until a run succeeds; the next check (30 minutes) tries again.
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
    await writeState(local, { ...state, lastError: { at: now, message } });
    throw error;
  }
}

async function takeScheduledBackup(
  db: MentorRadarDb,
  local: LocalStateDb,
  now: number,
  deps: AutoBackupDeps,
  settings: AutoBackupSettings,
  state: AutoBackupState,
  force: boolean,
): Promise<RunOutcome> {
  const backup = await exportBackup(db, now);
  const text = serialiseBackup(backup);
  const previous = force ? null : await newestScheduledText(local);
  if (previous !== null && content(previous) === content(text)) {
    await writeState(local, { ...state, lastAt: now, lastError: null });
    return { ran: true, unchanged: true };
  }
  const copy = await keepCopy(local, backup, text, 'scheduled', settings.keep);
  const folder = await writeToPickedFolder(deps, autoBackupFileName(now), text, settings.keep, now);
  if (folder?.ok) await markSaved(db, local, copy.id, now);
  await writeState(local, { lastAt: now, folder: folder ?? state.folder, lastError: null });
  return { ran: true, unchanged: false, copyId: copy.id, folder };
}

async function writeToPickedFolder(
  deps: AutoBackupDeps,
  fileName: string,
  text: string,
  keep: number,
  now: number,
): Promise<FolderResult | null> {
  const folder = await deps.loadFolder();
  if (!folder) return null;
  const result = await writeBackupToFolder(folder, fileName, text, keep);
  return result.ok
    ? { at: now, ok: true, reason: null, fileName, message: null }
    : { at: now, ok: false, reason: result.reason, fileName, message: result.message.slice(0, 500) };
}

/** A copy saved as a file (folder or download) also counts for the 30-day "back up" reminder. */
async function markSaved(db: MentorRadarDb, local: LocalStateDb, id: string, now: number): Promise<void> {
  await markCopySaved(local, id, now);
  await setPreferences(db, { lastBackupAt: now });
}

/** The page saved a copy (a download, or a folder write after the user granted access again). */
export async function recordCopySaved(
  db: MentorRadarDb,
  local: LocalStateDb,
  id: string,
  folder: FolderResult | null,
  now: number,
): Promise<void> {
  await markSaved(db, local, id, now);
  if (folder) await writeState(local, { ...(await readAutoBackupState(local)), folder });
}

export async function autoBackupStatus(db: MentorRadarDb, local: LocalStateDb, now: number): Promise<AutoBackupStatus> {
  const settings = await getAutoBackupSettings(db);
  const state = await readAutoBackupState(local);
  return {
    settings,
    lastAt: state.lastAt,
    nextAt: nextBackupAt(settings, state.lastAt, now),
    copies: await scheduledCopies(local),
    folder: state.folder,
    lastError: state.lastError,
  };
}

/** One scheduled copy as a file to download (same name as in a folder), or null when it is gone. */
export async function scheduledCopyFile(local: LocalStateDb, id: string): Promise<{ fileName: string; text: string } | null> {
  const row = await local.safetyBackups.get(id);
  if (!row || row.kind !== 'scheduled') return null;
  return { fileName: autoBackupFileName(row.createdAt), text: row.text };
}
