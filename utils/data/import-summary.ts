/**
 * One summary of a Connections.csv import from its two halves: what the page's parse skipped or merged, and
 * what the background wrote. The UI turns it into text; tests check the counts.
 */
import type { ConnectionsParseResult, SkippedRow } from './connections-csv';
import type { ImportConnectionsResult } from './data-messages';
import type { ImportWarning, SkipReason } from './problems';

export interface SkipGroup {
  reason: SkipReason;
  count: number;
  /** Line of the first skipped row with this reason, for "e.g. line 12". */
  firstLine: number;
}

export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
  duplicates: number;
  /** Largest group first. */
  skipGroups: SkipGroup[];
  warnings: ImportWarning[];
}

export function groupSkipped(rows: readonly SkippedRow[]): SkipGroup[] {
  const groups = new Map<SkipReason, SkipGroup>();
  for (const row of rows) {
    const group = groups.get(row.reason);
    if (group) {
      group.count++;
      group.firstLine = Math.min(group.firstLine, row.line);
    } else groups.set(row.reason, { reason: row.reason, count: 1, firstLine: row.line });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.firstLine - b.firstLine);
}

export function buildImportReport(
  parsed: Extract<ConnectionsParseResult, { ok: true }>,
  written: ImportConnectionsResult,
): ImportReport {
  const skippedRows = [...parsed.skipped, ...written.skipped];
  return {
    added: written.added,
    updated: written.updated,
    unchanged: written.unchanged,
    skipped: skippedRows.length,
    duplicates: parsed.duplicates.length,
    skipGroups: groupSkipped(skippedRows),
    warnings: parsed.errors,
  };
}
