/**
 * Background side of the Connections.csv import: the options page sends the file's text, the background parses
 * it (the same pure parser and canonicaliser the tests use) and writes it in one transaction (importRows).
 * Parsing here rather than on the page spares sending 10,000 parsed rows across and validating them again,
 * and the keys need no re-check: the background made them itself.
 */
import type { MentorRadarDb } from '../db/database';
import { canonicalProfile } from '../sites/canonical';
import { parseConnectionsCsv } from './connections-csv';
import type { Canonicalise } from './connections-csv';
import type { WithChangedKeys } from './data-service';
import { MAX_IMPORT_ROWS } from './data-messages';
import type { ImportOutcome } from './data-messages';
import { buildImportReport } from './import-summary';
import { importRows } from './merge-import';

export interface ImportFileOptions {
  canonicalise?: Canonicalise;
  /** Rows written so far, slice by slice (the options page's progress bar). */
  onWritten?: (done: number, total: number) => void;
}

/**
 * Imports Connections.csv text. A file that cannot be imported (not CSV, no header, missing columns, no rows,
 * too large, too many rows) is refused before the transaction starts, so it changes nothing.
 */
export async function importConnectionsFile(
  db: MentorRadarDb,
  text: string,
  now: number,
  { canonicalise = canonicalProfile, onWritten }: ImportFileOptions = {},
): Promise<WithChangedKeys<{ outcome: ImportOutcome }>> {
  const parsed = parseConnectionsCsv(text, canonicalise);
  if (!parsed.ok) return { outcome: { ok: false, problem: parsed.problem }, changedKeys: [] };
  if (parsed.rows.length > MAX_IMPORT_ROWS) {
    return { outcome: { ok: false, problem: { code: 'too-many-rows', rows: parsed.rows.length, limit: MAX_IMPORT_ROWS } }, changedKeys: [] };
  }
  const plan = await importRows(db, parsed, now, onWritten);
  return {
    outcome: { ok: true, report: buildImportReport(plan, parsed.errors) },
    changedKeys: [...plan.toAdd, ...plan.toUpdate].map((contact) => contact.key),
  };
}
