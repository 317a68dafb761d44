/**
 * One summary of a Connections.csv import: what the parse skipped or merged and what the transaction wrote
 * (the plan counts both). The background sends it; the options page turns it into text; tests check the counts.
 */
import type { SkippedRow } from './connections-csv';
import type { ImportPlan } from './merge-import';
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

export function buildImportReport(plan: ImportPlan, warnings: readonly ImportWarning[]): ImportReport {
  return { ...plan.summary, skipGroups: groupSkipped(plan.skipped), warnings: [...warnings] };
}
