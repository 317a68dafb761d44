/**
 * Versioned JSON backup of the whole database: export, validate (every record, with zod), preview and restore.
 *
 * The backup version is the database schema version, so a backup's shape is exactly the tables of that schema.
 * Older backups are lifted through BACKUP_UPGRADES before validation; newer ones are refused, because this
 * version cannot know what their new fields mean and would silently drop them.
 */
import type { z } from 'zod';
import { ContactSchema, CustomSkillSchema, TimelineEntrySchema } from '../schemas/contact';
import type { Contact, CustomSkill, TimelineEntry } from '../schemas/contact';
import { SETTINGS_SCHEMAS } from '../schemas/settings';
import { OutreachTemplateSchema } from '../schemas/template';
import type { OutreachTemplate } from '../schemas/template';
import { SCHEMA_VERSIONS, withJourneyDefaults } from '../db/schema-versions';
import type { MentorRadarDb, SettingsRow } from '../db/database';
import { exceedsBytes, utf8ByteLength } from './file-size';
import { looksTruncatedJson, stableStringify } from './json-text';
import type { BackupProblem, BackupTable, DroppedRecord } from './problems';
import { BACKUP_FORMAT } from './data-messages';
import { MAX_CLOCK_SKEW_MS } from '../schemas/limits';
import { DeletedNotesSchema, type DeletedNote } from '../schemas/settings';
import { isBuried, mergeContact, mergeTimelineEntry, mergeTombstones } from './merge-rules';

export { BACKUP_FORMAT };
export const BACKUP_VERSION: number = Math.max(...Object.keys(SCHEMA_VERSIONS).map(Number));
/**
 * A restore travels to the background in one message and Chrome caps a message at 64 MiB of JSON; 50 MB of
 * pretty-printed backup is well under that once compacted (and thousands of contacts with full profiles).
 */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

export const BACKUP_TABLES = ['contacts', 'timeline', 'customSkills', 'templates', 'settings'] as const satisfies readonly BackupTable[];

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: number;
  contacts: Contact[];
  timeline: TimelineEntry[];
  customSkills: CustomSkill[];
  templates: OutreachTemplate[];
  settings: SettingsRow[];
}

type RawBackup = Record<string, unknown>;

/**
 * Lifts a raw backup of version N to version N+1, keyed by N. When SCHEMA_VERSIONS gains a version, add the
 * step here doing to backup JSON what the Dexie upgrade does to stored rows (tests check none is missing).
 */
export const BACKUP_UPGRADES: Record<number, (backup: RawBackup) => RawBackup> = {
  // v2 only dropped unused contact indexes: the rows are the same.
  1: (backup) => ({ ...backup, version: 2 }),
  // v3 gives every contact goals and a cadence (same function as the database upgrade).
  2: (backup) => ({
    ...backup,
    version: 3,
    contacts: Array.isArray(backup.contacts)
      ? backup.contacts.map((contact: unknown) =>
          contact !== null && typeof contact === 'object' && !Array.isArray(contact)
            ? withJourneyDefaults(contact as Record<string, unknown>)
            : contact,
        )
      : backup.contacts,
  }),
};

const PRIMARY_KEY: Record<BackupTable, string> = {
  contacts: 'key',
  timeline: 'id',
  customSkills: 'id',
  templates: 'id',
  settings: 'key',
};

const RECORD_SCHEMAS: Record<Exclude<BackupTable, 'settings'>, z.ZodType> = {
  contacts: ContactSchema,
  timeline: TimelineEntrySchema,
  customSkills: CustomSkillSchema,
  templates: OutreachTemplateSchema,
};

type Checked = { ok: true; value: unknown } | { ok: false; path: string; message: string };

function fromZod(result: z.ZodSafeParseResult<unknown>, prefix: PropertyKey[] = []): Checked {
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  return {
    ok: false,
    path: [...prefix, ...(issue?.path ?? [])].map(String).join('.'),
    message: issue?.message ?? 'invalid',
  };
}

/** Settings rows: known keys are validated with their schema; unknown keys are kept as they are (readers validate). */
function checkSettingsRow(raw: unknown): Checked {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, path: '', message: 'not an object' };
  const { key, value } = raw as { key?: unknown; value?: unknown };
  if (typeof key !== 'string' || key === '') return { ok: false, path: 'key', message: 'missing key' };
  if (key.length > 200) return { ok: false, path: 'key', message: 'key too long' };
  if (!Object.hasOwn(SETTINGS_SCHEMAS, key)) return { ok: true, value: { key, value } };
  const schema: z.ZodType = SETTINGS_SCHEMAS[key as keyof typeof SETTINGS_SCHEMAS];
  const checked = fromZod(schema.safeParse(value), ['value']);
  return checked.ok ? { ok: true, value: { key, value: checked.value } } : checked;
}

/** The record's own "when" fields: none may lie further in the future than another device's clock could. */
const OWN_TIMES: Record<BackupTable, readonly string[]> = {
  contacts: ['createdAt', 'updatedAt', 'statusChangedAt'],
  timeline: ['createdAt', 'updatedAt'],
  customSkills: ['createdAt'],
  templates: ['createdAt', 'updatedAt'],
  settings: [],
};

/** As strict as a fresh save: the record's schema (bounded strings, canonical URLs), then its times against `now`. */
function checkRecord(table: BackupTable, raw: unknown, now: number): Checked {
  const checked = table === 'settings' ? checkSettingsRow(raw) : fromZod(RECORD_SCHEMAS[table].safeParse(raw));
  if (!checked.ok) return checked;
  const record = checked.value as Record<string, unknown>;
  for (const field of OWN_TIMES[table]) {
    if ((record[field] as number) > now + MAX_CLOCK_SKEW_MS) return { ok: false, path: field, message: 'in the future' };
  }
  return checked;
}

const keyOf = (table: BackupTable, record: unknown): string =>
  String((record as Record<string, unknown>)[PRIMARY_KEY[table]]);

/** The key of a record that failed validation, for the report: only when it is a short string. */
function rawKeyOf(table: BackupTable, record: unknown): string | null {
  if (record === null || typeof record !== 'object') return null;
  const key = (record as Record<string, unknown>)[PRIMARY_KEY[table]];
  return typeof key === 'string' ? key.slice(0, 120) : null;
}

const isEpochMs = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** The whole database as a backup object (records in primary-key order). */
export async function exportBackup(db: MentorRadarDb, now: number): Promise<Backup> {
  return db.transaction('r', [db.contacts, db.timeline, db.customSkills, db.templates, db.settings], async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    contacts: await db.contacts.toArray(),
    timeline: await db.timeline.toArray(),
    customSkills: await db.customSkills.toArray(),
    templates: await db.templates.toArray(),
    settings: await db.settings.toArray(),
  }));
}

/** Pretty JSON: readable and diffable by the user, and still small next to the data. */
export function serialiseBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** `mentor-radar-backup-2025-01-31.json` (UTC date of `now`). */
export function backupFileName(now: number): string {
  return `${BACKUP_FORMAT}-${new Date(now).toISOString().slice(0, 10)}.json`;
}

/** Before reading a picked file: empty or over the size limit. Any file name is fine: parseBackup checks the content. */
export function checkBackupFile(file: { size: number }): BackupProblem | null {
  if (file.size === 0) return { code: 'empty-file' };
  if (file.size > MAX_BACKUP_BYTES) return { code: 'file-too-large', size: file.size, limit: MAX_BACKUP_BYTES };
  return null;
}

export type BackupParseResult =
  | { ok: true; backup: Backup; dropped: DroppedRecord[] }
  | { ok: false; problem: BackupProblem };

/**
 * Text of a backup file → a validated Backup plus the records left out and why, or the problem that makes
 * the whole file unusable. Never throws.
 */
export function parseBackup(text: string, now: number = Date.now()): BackupParseResult {
  const fail = (problem: BackupProblem): BackupParseResult => ({ ok: false, problem });
  if (exceedsBytes(text, MAX_BACKUP_BYTES)) {
    return fail({ code: 'file-too-large', size: utf8ByteLength(text), limit: MAX_BACKUP_BYTES });
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail({ code: 'empty-file' });
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return fail({ code: looksTruncatedJson(body) ? 'truncated-json' : 'not-json' });
  }
  return checkBackup(json, now);
}

/**
 * Parsed JSON → a validated Backup, or the problem that makes the file unusable (not a backup, newer
 * version, a table missing). Each record is checked as strictly as a fresh save; one that fails (a planted
 * link, a date in the future, an over-long field, a repeated key, a note of a dropped contact) is left out
 * and listed in `dropped` with the reason, so one bad record never blocks the rest. Never throws. The
 * background runs it again on a backup an extension page sends, so the page's check is never the only one.
 */
export function checkBackup(json: unknown, now: number = Date.now()): BackupParseResult {
  const fail = (problem: BackupProblem): BackupParseResult => ({ ok: false, problem });
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return fail({ code: 'wrong-format', found: null });
  let raw = json as RawBackup;
  if (raw.format !== BACKUP_FORMAT) {
    return fail({ code: 'wrong-format', found: typeof raw.format === 'string' ? raw.format : null });
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail({ code: 'invalid-version', found: version });
  }
  if (version > BACKUP_VERSION) return fail({ code: 'newer-version', version, supported: BACKUP_VERSION });
  for (let from = version; from < BACKUP_VERSION; from++) {
    const upgrade = BACKUP_UPGRADES[from];
    if (!upgrade) return fail({ code: 'invalid-version', found: version });
    raw = upgrade(raw);
  }
  if (!isEpochMs(raw.exportedAt) || raw.exportedAt > now + MAX_CLOCK_SKEW_MS) {
    return fail({ code: 'invalid-field', field: 'exportedAt' });
  }
  for (const table of BACKUP_TABLES) if (!Array.isArray(raw[table])) return fail({ code: 'missing-table', table });

  const tables = {} as Record<BackupTable, unknown[]>;
  const dropped: DroppedRecord[] = [];
  let contactKeys = new Set<string>();
  for (const table of BACKUP_TABLES) {
    const records = raw[table] as unknown[];
    const seen = new Set<string>();
    const valid: unknown[] = [];
    for (let index = 0; index < records.length; index++) {
      const checked = checkRecord(table, records[index], now);
      const rawKey = rawKeyOf(table, records[index]);
      if (!checked.ok) {
        dropped.push({ table, index, key: rawKey, reason: checked.message === 'in the future' ? 'future-time' : 'invalid', path: checked.path, message: checked.message });
        continue;
      }
      const key = keyOf(table, checked.value);
      // Two records with one key would make a replace-restore fail halfway (and roll back) or a merge ambiguous.
      if (seen.has(key)) {
        dropped.push({ table, index, key, reason: 'duplicate', path: PRIMARY_KEY[table], message: 'repeated key' });
        continue;
      }
      if (table === 'timeline' && !contactKeys.has((checked.value as TimelineEntry).contactKey)) {
        dropped.push({ table, index, key, reason: 'orphan', path: 'contactKey', message: 'its contact is not restored' });
        continue;
      }
      seen.add(key);
      valid.push(checked.value);
    }
    tables[table] = valid;
    if (table === 'contacts') contactKeys = seen;
  }
  return {
    ok: true,
    dropped,
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: raw.exportedAt,
      contacts: tables.contacts as Contact[],
      timeline: tables.timeline as TimelineEntry[],
      customSkills: tables.customSkills as CustomSkill[],
      templates: tables.templates as OutreachTemplate[],
      settings: tables.settings as SettingsRow[],
    },
  };
}

export type RestoreMode = 'merge' | 'replace';

export interface TableChanges {
  added: number;
  updated: number;
  unchanged: number;
  /** Only in replace mode: saved records the backup does not have. */
  removed: number;
}

export type RestorePreview = Record<BackupTable, TableChanges>;

type TableRecords = Record<BackupTable, readonly unknown[]>;

interface RestorePlan {
  preview: RestorePreview;
  /** Records to put per table (merge), or every backup record (replace: the tables are cleared first). */
  writes: Record<BackupTable, unknown[]>;
  /** Merge only: saved records to delete (notes deleted on the other device). */
  deletes: Record<BackupTable, string[]>;
}

const updatedAtOf = (record: unknown): number => (record as { updatedAt: number }).updatedAt;

const TOMBSTONES_KEY = 'deletedNotes';

function tombstonesIn(settings: readonly unknown[]): DeletedNote[] {
  const row = settings.find((r) => (r as SettingsRow).key === TOMBSTONES_KEY) as SettingsRow | undefined;
  const parsed = DeletedNotesSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : [];
}

/** One merged record, or `existing` itself when the saved one stays as it is (see utils/data/merge-rules.ts). */
function mergeRecord(table: BackupTable, existing: unknown, record: unknown, tombstones: DeletedNote[]): unknown {
  switch (table) {
    case 'contacts':
      return mergeContact(existing as Contact, record as Contact);
    case 'timeline':
      return mergeTimelineEntry(existing as TimelineEntry, record as TimelineEntry);
    case 'templates':
      return updatedAtOf(record) > updatedAtOf(existing) ? record : existing;
    case 'settings': {
      if ((existing as SettingsRow).key !== TOMBSTONES_KEY) return existing;
      const merged = { key: TOMBSTONES_KEY, value: tombstones };
      return stableStringify(merged) === stableStringify(existing) ? existing : merged;
    }
    case 'customSkills':
      return existing; // the user's current label wins
  }
}

/**
 * Pure. Merge: records missing from the database are added, records on both sides are merged field by field
 * (merge-rules.ts), notes deleted on either side stay deleted. Replace: the database becomes exactly the backup.
 */
function planRestore(current: TableRecords, backup: TableRecords, mode: RestoreMode): RestorePlan {
  const preview = {} as RestorePreview;
  const writes = {} as Record<BackupTable, unknown[]>;
  const deletes = {} as Record<BackupTable, string[]>;
  const tombstones = mergeTombstones(tombstonesIn(current.settings), tombstonesIn(backup.settings));
  const buried = new Map(tombstones.map((t) => [t.id, t.deletedAt] as const));
  for (const table of BACKUP_TABLES) {
    const saved = new Map(current[table].map((record) => [keyOf(table, record), record] as const));
    const changes: TableChanges = { added: 0, updated: 0, unchanged: 0, removed: 0 };
    const toWrite: unknown[] = [];
    const toDelete: string[] = [];
    const inBackup = new Set<string>();
    for (const record of backup[table]) {
      const key = keyOf(table, record);
      inBackup.add(key);
      const existing = saved.get(key);
      if (mode === 'replace') {
        if (existing === undefined) changes.added++;
        else if (stableStringify(existing) === stableStringify(record)) changes.unchanged++;
        else changes.updated++;
        toWrite.push(record);
        continue;
      }
      if (table === 'timeline' && isBuried(record as TimelineEntry, buried)) {
        changes.unchanged++;
        continue;
      }
      if (existing === undefined) {
        changes.added++;
        toWrite.push(record);
        continue;
      }
      const merged = mergeRecord(table, existing, record, tombstones);
      if (merged === existing) changes.unchanged++;
      else {
        changes.updated++;
        toWrite.push(merged);
      }
    }
    if (mode === 'replace') {
      for (const key of saved.keys()) if (!inBackup.has(key)) changes.removed++;
    } else if (table === 'timeline') {
      for (const [key, record] of saved) {
        if (isBuried(record as TimelineEntry, buried)) {
          changes.removed++;
          toDelete.push(key);
        }
      }
    } else if (table === 'settings' && !saved.has(TOMBSTONES_KEY) && tombstones.length > 0 && !inBackup.has(TOMBSTONES_KEY)) {
      // Unreachable in practice (tombstones come from one side or the other), kept for completeness.
      changes.added++;
      toWrite.push({ key: TOMBSTONES_KEY, value: tombstones });
    }
    preview[table] = changes;
    writes[table] = toWrite;
    deletes[table] = toDelete;
  }
  return { preview, writes, deletes };
}

function dbTables(db: MentorRadarDb) {
  return [db.contacts, db.timeline, db.customSkills, db.templates, db.settings];
}

async function readAll(db: MentorRadarDb): Promise<TableRecords> {
  const all = {} as Record<BackupTable, unknown[]>;
  for (const table of BACKUP_TABLES) all[table] = await db.table(table).toArray();
  return all;
}

/** Counts of what restoreBackup would add / update / keep / remove per table. Reads only. */
export async function previewRestore(db: MentorRadarDb, backup: Backup, mode: RestoreMode): Promise<RestorePreview> {
  const current = await db.transaction('r', dbTables(db), () => readAll(db));
  return planRestore(current, backup, mode).preview;
}

/**
 * Restores in ONE read-write transaction over all tables: if any write fails, nothing changes — in replace
 * mode the tables are never left cleared. Returns what was done (same shape as previewRestore).
 */
export async function restoreBackup(db: MentorRadarDb, backup: Backup, mode: RestoreMode): Promise<RestorePreview> {
  return db.transaction('rw', dbTables(db), async () => {
    const plan = planRestore(await readAll(db), backup, mode);
    for (const table of BACKUP_TABLES) {
      if (mode === 'replace') {
        await db.table(table).clear();
        await db.table(table).bulkAdd(plan.writes[table]);
      } else {
        await db.table(table).bulkDelete(plan.deletes[table]);
        await db.table(table).bulkPut(plan.writes[table]);
      }
    }
    return plan.preview;
  });
}

/** File text → validated backup → restore; a bad file comes back as a problem and the database is untouched. */
export async function restoreFromText(
  db: MentorRadarDb,
  text: string,
  mode: RestoreMode,
  now: number = Date.now(),
): Promise<{ ok: true; changes: RestorePreview; dropped: DroppedRecord[] } | { ok: false; problem: BackupProblem }> {
  const parsed = parseBackup(text, now);
  if (!parsed.ok) return parsed;
  return { ok: true, changes: await restoreBackup(db, parsed.backup, mode), dropped: parsed.dropped };
}
