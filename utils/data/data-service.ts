/**
 * Background side of "own your data": what the data messages do to the database (the import: import-file.ts). Each function is one job
 * and one transaction; the handlers (utils/background/data-handlers.ts) only validate, call and broadcast.
 */
import { browser } from 'wxt/browser';
import type { MentorRadarDb } from '../db/database';
import { getCatalogue } from '../skills/catalogue';
import { createSkillIndex, skillLabel } from '../skills/search';
import { backupFileName, checkBackup, exportBackup, parseBackup, previewRestore, restoreBackup, serialiseBackup } from './backup';
import type { LocalStateDb } from '../db/local-db';
import { safetyBackupText, takeSafetyBackup } from './safety-backups';
import { forgetBackupFolder } from '../backup-schedule/folder-store';
import type { Backup, RestoreMode, RestorePreview } from './backup';
import { exportContactsCsv } from './contacts-csv-export';
import type { TableCounts } from './data-messages';
import { describeBackupProblem, describeDroppedRecord } from './problems';

/** Changed contact keys travel with each result so the handler can tell open views what to reload. */
export type WithChangedKeys<T> = T & { changedKeys: string[] };

/** The backup file's name and text. */
export async function exportBackupFile(db: MentorRadarDb, now: number): Promise<{ fileName: string; text: string }> {
  const backup = await exportBackup(db, now);
  return { fileName: backupFileName(now), text: serialiseBackup(backup) };
}

/**
 * The page validated the backup already and left out bad records; this second check keeps the background
 * from trusting it: anything it would still leave out means the page was bypassed, and nothing is restored.
 */
function checked(raw: unknown): Backup {
  const result = checkBackup(raw);
  if (!result.ok) throw new Error(describeBackupProblem(result.problem, 'en'));
  const [first] = result.dropped;
  if (first) throw new Error(describeDroppedRecord(first, 'en'));
  return result.backup;
}

export async function previewBothModes(
  db: MentorRadarDb,
  raw: unknown,
): Promise<{ merge: RestorePreview; replace: RestorePreview }> {
  const backup = checked(raw);
  return { merge: await previewRestore(db, backup, 'merge'), replace: await previewRestore(db, backup, 'replace') };
}

/**
 * Restores a checked backup. Before a replace the whole database is copied aside first (a safety backup
 * the panel offers to restore), so a replace can be undone.
 */
export async function restoreChecked(
  db: MentorRadarDb,
  raw: unknown,
  mode: RestoreMode,
  local: LocalStateDb | null = null,
  now: number = Date.now(),
): Promise<WithChangedKeys<{ changes: RestorePreview }>> {
  const backup = checked(raw);
  if (mode === 'replace' && local) await takeSafetyBackup(db, local, now);
  const before = (await db.contacts.toCollection().primaryKeys()) as string[];
  const changes = await restoreBackup(db, backup, mode);
  const changedKeys = [...new Set([...before, ...backup.contacts.map((contact) => contact.key)])];
  return { changes, changedKeys };
}

/** Undo of a replace: the safety backup replaces the database (itself taking a safety backup first). */
export async function restoreSafetyBackup(
  db: MentorRadarDb,
  local: LocalStateDb,
  id: string,
  now: number,
): Promise<WithChangedKeys<{ changes: RestorePreview }>> {
  const text = await safetyBackupText(local, id);
  if (text === null) throw new Error('That safety backup no longer exists');
  const parsed = parseBackup(text, now);
  if (!parsed.ok) throw new Error(describeBackupProblem(parsed.problem, 'en'));
  return restoreChecked(db, parsed.backup, 'replace', local, now);
}

/** A time zone Intl knows, else undefined (the runtime's own). */
function knownTimeZone(timeZone: string | undefined): string | undefined {
  if (!timeZone) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return undefined;
  }
}

/** Contacts as CSV (sorted by name), skills by their label in `lang`; dated file name. */
export async function exportContactsCsvFile(
  db: MentorRadarDb,
  lang: 'en' | 'de',
  now: number,
  timeZone?: string,
): Promise<{ fileName: string; text: string }> {
  const [contacts, custom] = await db.transaction('r', db.contacts, db.customSkills, () =>
    Promise.all([db.contacts.orderBy('name').toArray(), db.customSkills.toArray()]),
  );
  const index = createSkillIndex(getCatalogue(), custom);
  const text = exportContactsCsv(contacts, (id) => skillLabel(index, id, lang), { timeZone: knownTimeZone(timeZone) });
  return { fileName: `mentor-radar-contacts-${new Date(now).toISOString().slice(0, 10)}.csv`, text };
}

export async function countRecords(db: MentorRadarDb): Promise<TableCounts> {
  return db.transaction('r', [db.contacts, db.timeline, db.customSkills, db.templates, db.settings], async () => ({
    contacts: await db.contacts.count(),
    timeline: await db.timeline.count(),
    customSkills: await db.customSkills.count(),
    templates: await db.templates.count(),
    settings: await db.settings.count(),
  }));
}

/**
 * Clears every table in ONE transaction, then the working state kept apart: note drafts, safety and
 * automatic backup copies, the schedule's state (local state database), the picked backup folder, the popup's last search and first-page snapshot and the tabs' parsed profiles
 * (storage.session), UI preferences (storage.local): "all my data" means those too. Returns how many
 * records each table had.
 */
export async function deleteAllData(db: MentorRadarDb, local: LocalStateDb | null = null): Promise<WithChangedKeys<{ removed: TableCounts }>> {
  const result = await db.transaction('rw', [db.contacts, db.timeline, db.customSkills, db.templates, db.settings], async () => {
    const removed = await countRecords(db);
    const changedKeys = (await db.contacts.toCollection().primaryKeys()) as string[];
    await Promise.all([db.contacts.clear(), db.timeline.clear(), db.customSkills.clear(), db.templates.clear(), db.settings.clear()]);
    return { removed, changedKeys };
  });
  if (local) {
    await local.transaction('rw', local.drafts, local.safetyBackups, local.state, () =>
      Promise.all([local.drafts.clear(), local.safetyBackups.clear(), local.state.clear()]),
    );
  }
  // The folder's files are the user's and stay; only our memory of the folder goes.
  await forgetBackupFolder().catch(() => undefined);
  await browser.storage.local.clear();
  await browser.storage.session.clear();
  return result;
}
