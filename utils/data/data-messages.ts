/**
 * zod schemas of the "own your data" messages (options page ↔ background), kept apart from backup.ts so the
 * protocol — imported by every extension page — does not pull in Dexie.
 */
import { z } from 'zod';
import { ContactSchema, CustomSkillSchema, TimelineEntrySchema } from '../schemas/contact';
import { OutreachTemplateSchema } from '../schemas/template';
import { MAX_IMPORT_BYTES } from './file-size';
import type { ImportReport } from './import-summary';
import type { ImportProblem, ImportWarning } from './problems';

export const BACKUP_FORMAT = 'mentor-radar-backup';

/** LinkedIn caps a network at 30,000 connections; more rows than this are not a Connections.csv to import at once. */
export const MAX_IMPORT_ROWS = 100_000;

/** Names one import in its progress messages, so a page follows only its own. */
const ImportIdSchema = z.string().min(1).max(64);

/** The text of the picked Connections.csv; its length in UTF-16 units is never more than its UTF-8 size. */
export const ImportConnectionsFileInputSchema = z.object({ id: ImportIdSchema, text: z.string().max(MAX_IMPORT_BYTES) });

const count = z.number().int().nonnegative();

/** Rows of the file written so far (the commit follows the last). */
export const ImportProgressSchema = z.object({ id: ImportIdSchema, done: count, total: count });
const line = z.number().int().positive();

export const ImportProblemSchema: z.ZodType<ImportProblem> = z.discriminatedUnion('code', [
  z.object({ code: z.literal('empty-file') }),
  z.object({ code: z.literal('file-too-large'), size: count, limit: count }),
  z.object({ code: z.literal('wrong-file-type'), name: z.string(), type: z.string() }),
  z.object({ code: z.literal('zip-archive'), name: z.string() }),
  z.object({ code: z.literal('not-csv') }),
  z.object({ code: z.literal('no-header') }),
  z.object({ code: z.literal('missing-columns'), missing: z.array(z.string()) }),
  z.object({ code: z.literal('no-rows') }),
  z.object({ code: z.literal('too-many-rows'), rows: count, limit: count }),
]);

const ImportWarningSchema: z.ZodType<ImportWarning> = z.discriminatedUnion('code', [
  z.object({ code: z.literal('no-url-column') }),
  z.object({ code: z.literal('unterminated-quote'), line }),
  z.object({ code: z.literal('unreadable-dates'), count, firstLine: line }),
]);

const SkipReasonSchema = z.enum(['no-profile-url', 'not-a-profile-url', 'no-name', 'malformed-row', 'invalid-contact']);

export const ImportReportSchema: z.ZodType<ImportReport> = z.object({
  added: count,
  updated: count,
  unchanged: count,
  skipped: count,
  duplicates: count,
  skipGroups: z.array(z.object({ reason: SkipReasonSchema, count, firstLine: count })),
  warnings: z.array(ImportWarningSchema),
});

/** A file the background imported (its summary), or refused before writing anything (why). */
export const ImportOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), report: ImportReportSchema }),
  z.object({ ok: z.literal(false), problem: ImportProblemSchema }),
]);
export type ImportOutcome = z.infer<typeof ImportOutcomeSchema>;

const SettingsRowSchema = z.object({ key: z.string().min(1), value: z.unknown() });

/**
 * Shape of a backup at the current version. The background additionally runs checkBackup (duplicate keys,
 * settings values) on what arrives.
 */
export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().positive(),
  exportedAt: z.number().int().nonnegative(),
  contacts: z.array(ContactSchema),
  timeline: z.array(TimelineEntrySchema),
  customSkills: z.array(CustomSkillSchema),
  templates: z.array(OutreachTemplateSchema),
  settings: z.array(SettingsRowSchema),
});

export const RestoreModeSchema = z.enum(['merge', 'replace']);

const TableChangesSchema = z.object({ added: count, updated: count, unchanged: count, removed: count });
export const RestorePreviewSchema = z.object({
  contacts: TableChangesSchema,
  timeline: TableChangesSchema,
  customSkills: TableChangesSchema,
  templates: TableChangesSchema,
  settings: TableChangesSchema,
});

export const TableCountsSchema = z.object({
  contacts: count,
  timeline: count,
  customSkills: count,
  templates: count,
  settings: count,
});
export type TableCounts = z.infer<typeof TableCountsSchema>;

/** Record counts plus the browser's estimate for the extension's whole origin (null where unsupported). */
export const DataStatsSchema = z.object({
  counts: TableCountsSchema,
  estimate: z.object({ usage: count, quota: count }).nullable(),
});
export type DataStats = z.infer<typeof DataStatsSchema>;
