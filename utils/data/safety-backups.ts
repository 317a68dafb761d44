/**
 * Whole-database copies kept in the local state database: one right before each replace-restore (so it can
 * be undone) and the scheduled automatic backups (utils/backup-schedule/). Each kind keeps its own newest
 * few; any copy is restorable from the data panel.
 */
import type { MentorRadarDb } from '../db/database';
import type { LocalStateDb, SafetyBackupKind } from '../db/local-db';
import { pickToPrune } from '../backup-schedule/retention';
import { exportBackup, serialiseBackup, type Backup } from './backup';

/** How many safety backups are kept before a replace (each undo of a replace is itself a replace, so it takes one too). */
export const KEEP_SAFETY_BACKUPS = 3;

export interface SafetyBackupInfo {
  id: string;
  createdAt: number;
  contacts: number;
}

export interface ScheduledCopyInfo extends SafetyBackupInfo {
  /** When the user saved it as a file (folder or download); null while it is only kept here. */
  savedAt: number | null;
}

/** Copies the database aside before a replace-restore, keeping the newest KEEP_SAFETY_BACKUPS. */
export async function takeSafetyBackup(db: MentorRadarDb, local: LocalStateDb, now: number): Promise<SafetyBackupInfo> {
  const backup = await exportBackup(db, now);
  return keepCopy(local, backup, serialiseBackup(backup), 'before-replace', KEEP_SAFETY_BACKUPS);
}

/** Keeps an exported backup (and its file text) as `kind`, then that kind's newest `keep`, this one always among them. */
export async function keepCopy(
  local: LocalStateDb,
  backup: Backup,
  text: string,
  kind: SafetyBackupKind,
  keep: number,
): Promise<SafetyBackupInfo> {
  const info = { id: crypto.randomUUID(), createdAt: backup.exportedAt, contacts: backup.contacts.length };
  await local.transaction('rw', local.safetyBackups, async () => {
    await local.safetyBackups.add({ ...info, kind, savedAt: null, text });
    const rows = await local.safetyBackups.where('[kind+createdAt]').between([kind, -Infinity], [kind, Infinity]).toArray();
    const prune = pickToPrune(rows.map((row) => ({ id: row.id, at: row.createdAt })), keep, info.id);
    await local.safetyBackups.bulkDelete(prune.map((row) => row.id));
  });
  return info;
}

/** The newest copy taken before a replace, without its text (what "Undo" restores). */
export async function latestSafetyBackup(local: LocalStateDb): Promise<SafetyBackupInfo | null> {
  const row = await local.safetyBackups.where('[kind+createdAt]').between(['before-replace', -Infinity], ['before-replace', Infinity]).last();
  return row ? { id: row.id, createdAt: row.createdAt, contacts: row.contacts } : null;
}

/** The scheduled copies, newest first, without their text. */
export async function scheduledCopies(local: LocalStateDb): Promise<ScheduledCopyInfo[]> {
  const rows = await local.safetyBackups.where('[kind+createdAt]').between(['scheduled', -Infinity], ['scheduled', Infinity]).reverse().toArray();
  return rows.map((row) => ({ id: row.id, createdAt: row.createdAt, contacts: row.contacts, savedAt: row.savedAt ?? null }));
}

/** The newest scheduled copy's file text, or null when there is none. */
export async function newestScheduledText(local: LocalStateDb): Promise<string | null> {
  const row = await local.safetyBackups.where('[kind+createdAt]').between(['scheduled', -Infinity], ['scheduled', Infinity]).last();
  return row?.text ?? null;
}

/** Records that a scheduled copy was saved as a file. */
export async function markCopySaved(local: LocalStateDb, id: string, at: number): Promise<void> {
  await local.safetyBackups.update(id, { savedAt: at });
}

export async function safetyBackupText(local: LocalStateDb, id: string): Promise<string | null> {
  return (await local.safetyBackups.get(id))?.text ?? null;
}
