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
import type { BackupProblem, BackupTable } from './problems';
import { BACKUP_FORMAT } from './data-messages';

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

/** Tables whose records carry `updatedAt`: on merge the newer side wins. Others: what is saved wins. */
const MERGE_BY_UPDATED_AT: ReadonlySet<BackupTable> = new Set(['contacts', 'timeline', 'templates']);

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
  if (!Object.hasOwn(SETTINGS_SCHEMAS, key)) return { ok: true, value: { key, value } };
  const schema: z.ZodType = SETTINGS_SCHEMAS[key as keyof typeof SETTINGS_SCHEMAS];
  const checked = fromZod(schema.safeParse(value), ['value']);
  return checked.ok ? { ok: true, value: { key, value: checked.value } } : checked;
}

function checkRecord(table: BackupTable, raw: unknown): Checked {
  return table === 'settings' ? checkSettingsRow(raw) : fromZod(RECORD_SCHEMAS[table].safeParse(raw));
}

const keyOf = (table: BackupTable, record: unknown): string =>
  String((record as Record<string, unknown>)[PRIMARY_KEY[table]]);

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

export type BackupParseResult = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem };

/** Text of a backup file → a fully validated Backup, or the first problem found. Never throws. */
export function parseBackup(text: string): BackupParseResult {
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
  return checkBackup(json);
}

/**
 * Parsed JSON → a fully validated Backup, or the first problem found. Never throws. The background runs it
 * again on a backup an extension page sends, so the page's check is never the only one.
 */
export function checkBackup(json: unknown): BackupParseResult {
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
  if (!isEpochMs(raw.exportedAt)) return fail({ code: 'invalid-field', field: 'exportedAt' });

  const tables = {} as Record<BackupTable, unknown[]>;
  for (const table of BACKUP_TABLES) {
    const records = raw[table];
    if (!Array.isArray(records)) return fail({ code: 'missing-table', table });
    const seen = new Set<string>();
    const valid: unknown[] = [];
    for (let index = 0; index < records.length; index++) {
      const checked = checkRecord(table, records[index]);
      if (!checked.ok) return fail({ code: 'invalid-record', table, index, path: checked.path, message: checked.message });
      const key = keyOf(table, checked.value);
      // Two records with one key would make a replace-restore fail halfway (and roll back) or a merge ambiguous.
      if (seen.has(key)) return fail({ code: 'duplicate-record', table, index, key });
      seen.add(key);
      valid.push(checked.value);
    }
    tables[table] = valid;
  }
  return {
    ok: true,
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
}

const updatedAtOf = (record: unknown): number => (record as { updatedAt: number }).updatedAt;

/**
 * Pure. Merge: records missing from the database are added; for contacts, timeline and templates a backup
 * record with a strictly newer `updatedAt` replaces the saved one; custom skills and settings already saved
 * are kept (the user's current choices win). Replace: the database becomes exactly the backup.
 */
function planRestore(current: TableRecords, backup: TableRecords, mode: RestoreMode): RestorePlan {
  const preview = {} as RestorePreview;
  const writes = {} as Record<BackupTable, unknown[]>;
  for (const table of BACKUP_TABLES) {
    const saved = new Map(current[table].map((record) => [keyOf(table, record), record] as const));
    const changes: TableChanges = { added: 0, updated: 0, unchanged: 0, removed: 0 };
    const toWrite: unknown[] = [];
    const inBackup = new Set<string>();
    for (const record of backup[table]) {
      const key = keyOf(table, record);
      inBackup.add(key);
      const existing = saved.get(key);
      if (existing === undefined) {
        changes.added++;
        toWrite.push(record);
      } else if (mode === 'replace') {
        if (stableStringify(existing) === stableStringify(record)) changes.unchanged++;
        else changes.updated++;
        toWrite.push(record);
      } else if (MERGE_BY_UPDATED_AT.has(table) && updatedAtOf(record) > updatedAtOf(existing)) {
        changes.updated++;
        toWrite.push(record);
      } else {
        changes.unchanged++;
      }
    }
    if (mode === 'replace') {
      for (const key of saved.keys()) if (!inBackup.has(key)) changes.removed++;
    }
    preview[table] = changes;
    writes[table] = toWrite;
  }
  return { preview, writes };
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
): Promise<{ ok: true; changes: RestorePreview } | { ok: false; problem: BackupProblem }> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  return { ok: true, changes: await restoreBackup(db, parsed.backup, mode) };
}
