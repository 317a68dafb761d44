/**
 * zod schemas of the "own your data" messages (options page ↔ background), kept apart from backup.ts so the
 * protocol — imported by every extension page — does not pull in Dexie.
 */
import { z } from 'zod';
import { ContactSchema, CustomSkillSchema, TimelineEntrySchema } from '../schemas/contact';
import { PlatformSchema } from '../schemas/profile';
import { OutreachTemplateSchema } from '../schemas/template';

export const BACKUP_FORMAT = 'mentor-radar-backup';

/**
 * Rows per import message. LinkedIn caps a network at 30,000 connections; 100,000 rows of ~250 bytes stay
 * far below Chrome's 64 MiB message limit, so one message (and one transaction) carries the whole file.
 */
export const MAX_IMPORT_ROWS = 100_000;

/** One parsed Connections.csv row, as utils/data/connections-csv.ts produces it. */
export const ImportedConnectionSchema = z.object({
  key: z.string().min(1),
  url: z.string().url(),
  platform: PlatformSchema,
  name: z.string().min(1),
  company: z.string().nullable(),
  position: z.string().nullable(),
  connectedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  line: z.number().int().positive(),
});

export const SkipReasonSchema = z.enum(['no-profile-url', 'not-a-profile-url', 'no-name', 'malformed-row', 'invalid-contact']);
export const SkippedRowSchema = z.object({ line: z.number().int().nonnegative(), reason: SkipReasonSchema });

export const ImportConnectionsInputSchema = z.object({ rows: z.array(ImportedConnectionSchema).max(MAX_IMPORT_ROWS) });

/** What the background did with the rows; rows the page already skipped are counted by the page. */
export const ImportConnectionsResultSchema = z.object({
  added: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
  /** Rows refused by the background (e.g. a key that does not match its URL). */
  skipped: z.array(SkippedRowSchema),
});
export type ImportConnectionsResult = z.infer<typeof ImportConnectionsResultSchema>;

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

const count = z.number().int().nonnegative();
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
