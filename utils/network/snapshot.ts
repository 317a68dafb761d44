import { z } from 'zod';
import { dueReason } from '../reminders/due';
import { dueTransitions, passedBy } from './due-transitions';
import type { FirstPageAnswer } from './network-index';
import { sameView } from './remembered-view';
import { toRow } from './rows';
import {
  PopupRowSchema,
  PopupSummarySchema,
  PopupViewSchema,
  type PopupView,
  type QueryContactsOutput,
} from './view-schema';

/**
 * A snapshot is the popup's last first-page answer, kept in storage.local so that the first open after the
 * service worker restarted (Chrome stops it after ~30 s idle) is answered at once instead of after reading
 * and matching the whole network: by the popup itself, which reads it without waiting for the background
 * to start (stored-first-page.ts), and by the background until its index is built (popup-queries.ts).
 * It is exact, not approximate: any write to the database deletes it (snapshot-store.ts), and what changes
 * with the clock alone is recomputed when it is read.
 */

/** Two pages of the popup's list: scrolling a little while the index is still being built needs no wait. */
export const SNAPSHOT_ROWS = 50;
/** Due moments kept for moving the due counts on; the snapshot expires at the first one not kept. */
export const SNAPSHOT_TRANSITIONS = 200;
export const SNAPSHOT_FORMAT = 1;

const moments = z
  .array(z.number())
  .max(SNAPSHOT_TRANSITIONS)
  .refine((list) => list.every((t, i) => i === 0 || list[i - 1]! <= t), 'not ascending');

/** A row plus what its due marker is recomputed from. */
export const SnapshotRowSchema = PopupRowSchema.extend({ statusChangedAt: z.number() });

export const PopupSnapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  /** Extension version that computed it: another version may rank differently. */
  version: z.string(),
  takenAt: z.number(),
  /** Exact before this moment only (next UTC year: matching counts career years; see also due moments). */
  validUntil: z.number(),
  view: PopupViewSchema,
  rows: z.array(SnapshotRowSchema).max(SNAPSHOT_ROWS),
  total: z.number().int().nonnegative(),
  /** The summary as of `takenAt`. */
  summary: PopupSummarySchema,
  /** Follow-up dates after `takenAt` (ascending): each passed one is one more follow-up due. */
  followUpsAhead: moments,
  /** Moments after `takenAt` at which a relationship becomes stuck (ascending). */
  stuckAhead: moments,
});
export type PopupSnapshot = z.infer<typeof PopupSnapshotSchema>;

function startOfNextUtcYear(now: number): number {
  return Date.UTC(new Date(now).getUTCFullYear() + 1, 0, 1);
}

/** The snapshot of a first-page answer the index just computed. */
export function takeSnapshot(answer: FirstPageAnswer, version: string): PopupSnapshot {
  const { output, now } = answer;
  const ahead = dueTransitions(answer.entries, now, SNAPSHOT_TRANSITIONS);
  // With the "due" filter the list itself changes at the next due moment, not only the counts.
  const firstDue = Math.min(ahead.followUps[0] ?? Infinity, ahead.stuck[0] ?? Infinity);
  const validUntil = Math.min(
    startOfNextUtcYear(now),
    ahead.completeUntil ?? Infinity,
    output.view.filters.due ? firstDue : Infinity,
  );
  return {
    format: SNAPSHOT_FORMAT,
    version,
    takenAt: now,
    validUntil,
    view: output.view,
    rows: answer.results.slice(0, SNAPSHOT_ROWS).map((entry) => ({ ...toRow(entry, now), statusChangedAt: entry.statusChangedAt })),
    total: output.total,
    summary: output.summary,
    followUpsAhead: ahead.followUps,
    stuckAhead: ahead.stuck,
  };
}

export interface SnapshotRequest {
  view: PopupView;
  offset: number;
  limit: number;
}

/**
 * The answer to `request` at `now` from the snapshot, exactly as the index would give it; null when the
 * snapshot cannot tell (another view, rows it does not hold, or the clock outside its validity).
 */
export function answerFromSnapshot(snapshot: PopupSnapshot, request: SnapshotRequest, now: number): QueryContactsOutput | null {
  if (now < snapshot.takenAt || now >= snapshot.validUntil) return null;
  if (!sameView(snapshot.view, request.view)) return null;
  const end = Math.min(request.offset + request.limit, snapshot.total);
  if (end > snapshot.rows.length) return null;
  const rows = snapshot.rows.slice(request.offset, end).map(({ statusChangedAt, ...row }) => ({
    ...row,
    due: dueReason({ status: row.status, followUpAt: row.followUpAt, statusChangedAt }, now),
  }));
  const summary = {
    ...snapshot.summary,
    followUpsDue: snapshot.summary.followUpsDue + passedBy(snapshot.followUpsAhead, now),
    stuck: snapshot.summary.stuck + passedBy(snapshot.stuckAhead, now),
  };
  return { view: snapshot.view, rows, offset: request.offset, total: snapshot.total, summary };
}
