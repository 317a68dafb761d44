/**
 * Automatic safety backup before a replace-restore: the whole database as a backup file, kept in the local
 * state database (the newest few), restorable from the same panel.
 */
import type { MentorRadarDb } from '../db/database';
import type { LocalStateDb } from '../db/local-db';
import { exportBackup, serialiseBackup } from './backup';

/** How many safety backups are kept (each undo of a replace is itself a replace, so it takes one too). */
export const KEEP_SAFETY_BACKUPS = 3;

export interface SafetyBackupInfo {
  id: string;
  createdAt: number;
  contacts: number;
}

/** Copies the database aside; returns what the undo button shows. */
export async function takeSafetyBackup(db: MentorRadarDb, local: LocalStateDb, now: number): Promise<SafetyBackupInfo> {
  const backup = await exportBackup(db, now);
  const info = { id: crypto.randomUUID(), createdAt: now, contacts: backup.contacts.length };
  await local.transaction('rw', local.safetyBackups, async () => {
    await local.safetyBackups.add({ ...info, text: serialiseBackup(backup) });
    const old = await local.safetyBackups.orderBy('createdAt').reverse().offset(KEEP_SAFETY_BACKUPS).primaryKeys();
    await local.safetyBackups.bulkDelete(old);
  });
  return info;
}

/** The newest safety backup, without its text. */
export async function latestSafetyBackup(local: LocalStateDb): Promise<SafetyBackupInfo | null> {
  const row = await local.safetyBackups.orderBy('createdAt').last();
  return row ? { id: row.id, createdAt: row.createdAt, contacts: row.contacts } : null;
}

export async function safetyBackupText(local: LocalStateDb, id: string): Promise<string | null> {
  return (await local.safetyBackups.get(id))?.text ?? null;
}
