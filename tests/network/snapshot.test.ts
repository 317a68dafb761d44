import { describe, expect, it } from 'vitest';
import type { ContactEntry } from '../../utils/network/entry';
import { matchesFilters } from '../../utils/network/filters';
import type { FirstPageAnswer } from '../../utils/network/network-index';
import { sortEntries } from '../../utils/network/ranking';
import { toRow } from '../../utils/network/rows';
import {
  answerFromSnapshot,
  PopupSnapshotSchema,
  SNAPSHOT_ROWS,
  SNAPSHOT_TRANSITIONS,
  takeSnapshot,
} from '../../utils/network/snapshot';
import { summarise } from '../../utils/network/summary';
import { DEFAULT_POPUP_VIEW, type PopupView, type QueryContactsOutput } from '../../utils/network/view-schema';
import { DAY, T0, entryOf, makeContact, me } from './helpers';

const MY = me({ learnSkills: ['leadership'], teachSkills: ['python'] });
const view = (patch: Partial<PopupView> = {}): PopupView => ({ ...DEFAULT_POPUP_VIEW, ...patch });
const dueView = view({ filters: { ...DEFAULT_POPUP_VIEW.filters, due: true } });

/** What the index computes for a view at `now` (the same functions it uses). */
function answerAt(entries: ContactEntry[], v: PopupView, now: number): FirstPageAnswer {
  const results = sortEntries(entries, v.sort).filter((e) => matchesFilters(e, v.filters, now));
  const output: QueryContactsOutput = {
    view: v,
    rows: results.slice(0, 25).map((e) => toRow(e, now)),
    offset: 0,
    total: results.length,
    summary: summarise(entries, MY, now),
  };
  return { output, results, entries, now };
}

function liveAt(entries: ContactEntry[], v: PopupView, now: number, offset: number, limit: number): QueryContactsOutput {
  const { output, results } = answerAt(entries, v, now);
  return { ...output, offset, rows: results.slice(offset, offset + limit).map((e) => toRow(e, now)) };
}

/** A small network whose due state changes over the next days. */
function network(): ContactEntry[] {
  return [
    makeContact('ada', { teachSkills: ['leadership'], followUpAt: T0 + DAY }), // follow-up due tomorrow
    makeContact('bob', { status: 'contacted', statusChangedAt: T0 - 20 * DAY }), // stuck tomorrow (21 days)
    makeContact('cem', { followUpAt: T0 - DAY }), // already due
    makeContact('dora', { learnSkills: ['python'], status: 'mentoring' }),
    makeContact('eve', { status: 'paused', statusChangedAt: T0 - 59 * DAY, teachSkills: ['leadership'] }), // stuck in 1 day
  ].map((c) => entryOf(c, MY));
}

describe('popup snapshot', () => {
  it('answers later requests exactly as a fresh computation would: due markers and counts move on', () => {
    const entries = network();
    const snapshot = takeSnapshot(answerAt(entries, view(), T0), '1.0.0');
    for (const later of [0, DAY - 1, DAY, 2 * DAY, 30 * DAY]) {
      const now = T0 + later;
      expect(answerFromSnapshot(snapshot, { view: view(), offset: 0, limit: 25 }, now)).toEqual(liveAt(entries, view(), now, 0, 25));
    }
    const twoDaysOn = answerFromSnapshot(snapshot, { view: view(), offset: 0, limit: 25 }, T0 + 2 * DAY)!;
    expect(twoDaysOn.summary.followUpsDue).toBe(2);
    expect(twoDaysOn.summary.stuck).toBe(2);
    expect(twoDaysOn.rows.find((r) => r.name === 'bob')?.due).toBe('stuck');
    expect(snapshot.summary.stuck).toBe(0); // the stored summary itself is the one of T0
  });

  it('is stored in a shape its schema accepts (it is read back as untrusted data)', () => {
    const snapshot = takeSnapshot(answerAt(network(), view({ sort: 'name' }), T0), '1.0.0');
    expect(PopupSnapshotSchema.parse(JSON.parse(JSON.stringify(snapshot)))).toEqual(snapshot);
  });

  it('with the "due" filter, expires when the next contact becomes due (the list itself changes then)', () => {
    const entries = network();
    const snapshot = takeSnapshot(answerAt(entries, dueView, T0), '1.0.0');
    expect(snapshot.validUntil).toBe(T0 + DAY);
    expect(answerFromSnapshot(snapshot, { view: dueView, offset: 0, limit: 25 }, T0 + DAY - 1)).toEqual(
      liveAt(entries, dueView, T0 + DAY - 1, 0, 25),
    );
    expect(answerFromSnapshot(snapshot, { view: dueView, offset: 0, limit: 25 }, T0 + DAY)).toBeNull();
  });

  it('answers only the view it was taken for, the rows it holds, and the time it can vouch for', () => {
    const entries = Array.from({ length: 60 }, (_, i) => entryOf(makeContact(`p${String(i).padStart(2, '0')}`), MY));
    const v = view({ sort: 'name' });
    const snapshot = takeSnapshot(answerAt(entries, v, T0), '1.0.0');
    expect(snapshot.rows).toHaveLength(SNAPSHOT_ROWS);
    expect(answerFromSnapshot(snapshot, { view: v, offset: 25, limit: 25 }, T0)).toEqual(liveAt(entries, v, T0, 25, 25));
    expect(answerFromSnapshot(snapshot, { view: v, offset: 40, limit: 25 }, T0)).toBeNull(); // rows 50–64 not held
    expect(answerFromSnapshot(snapshot, { view: view({ sort: 'updated' }), offset: 0, limit: 25 }, T0)).toBeNull();
    expect(answerFromSnapshot(snapshot, { view: { ...v, query: 'p1' }, offset: 0, limit: 25 }, T0)).toBeNull();
    expect(answerFromSnapshot(snapshot, { view: v, offset: 0, limit: 25 }, T0 - 1)).toBeNull(); // clock turned back

    const few = takeSnapshot(answerAt(entries.slice(0, 30), v, T0), '1.0.0');
    expect(answerFromSnapshot(few, { view: v, offset: 25, limit: 25 }, T0)?.rows).toHaveLength(5);
  });

  it('expires with the UTC year (matching counts career years) and when it cannot follow every due moment', () => {
    const newYearsEve = Date.UTC(2026, 11, 31, 23, 0);
    const snapshot = takeSnapshot(answerAt(network(), view(), newYearsEve), '1.0.0');
    expect(answerFromSnapshot(snapshot, { view: view(), offset: 0, limit: 25 }, Date.UTC(2026, 11, 31, 23, 59))).not.toBeNull();
    expect(answerFromSnapshot(snapshot, { view: view(), offset: 0, limit: 25 }, Date.UTC(2027, 0, 1))).toBeNull();

    const many = Array.from({ length: SNAPSHOT_TRANSITIONS + 5 }, (_, i) => entryOf(makeContact(`f${i}`, { followUpAt: T0 + (i + 1) * 1000 }), MY));
    const capped = takeSnapshot(answerAt(many, view(), T0), '1.0.0');
    expect(capped.followUpsAhead).toHaveLength(SNAPSHOT_TRANSITIONS);
    expect(capped.validUntil).toBe(T0 + (SNAPSHOT_TRANSITIONS + 1) * 1000);
    const justBefore = T0 + SNAPSHOT_TRANSITIONS * 1000 + 999;
    expect(answerFromSnapshot(capped, { view: view(), offset: 0, limit: 25 }, justBefore)?.summary.followUpsDue).toBe(SNAPSHOT_TRANSITIONS);
    expect(answerFromSnapshot(capped, { view: view(), offset: 0, limit: 25 }, capped.validUntil)).toBeNull();
  });
});
