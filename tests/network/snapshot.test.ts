import { afterEach, describe, expect, it } from 'vitest';
import { MentorRadarDb } from '../../utils/db/database';
import { setMyProfile } from '../../utils/db/settings';
import { NetworkIndex, type FirstPageAnswer } from '../../utils/network/network-index';
import {
  answerFromSnapshot,
  PopupSnapshotSchema,
  SNAPSHOT_ROWS,
  SNAPSHOT_TRANSITIONS,
  takeSnapshot,
} from '../../utils/network/snapshot';
import { DEFAULT_POPUP_VIEW, type PopupView, type QueryContactsOutput } from '../../utils/network/view-schema';
import type { Contact } from '../../utils/schemas/contact';
import { DAY, T0, makeContact, me } from './helpers';

const MY = me({ learnSkills: ['leadership'], teachSkills: ['python'] });
const view = (patch: Partial<PopupView> = {}): PopupView => ({ ...DEFAULT_POPUP_VIEW, ...patch });
const dueView = view({ filters: { ...DEFAULT_POPUP_VIEW.filters, due: true } });

// The reference is the shipped index itself, asked at each moment from the database: a snapshot must answer
// exactly as the background would after a restart (not as a re-assembly of the functions the snapshot uses).
const opened: MentorRadarDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function saved(contacts: Contact[]) {
  const db = new MentorRadarDb(`snapshot-${crypto.randomUUID()}`);
  opened.push(db);
  await setMyProfile(db, MY);
  await db.contacts.bulkPut(contacts);
  return {
    /** The first page the index answers for `v` at `now`, as it hands it to the snapshot store. */
    async answerAt(v: PopupView, now: number): Promise<FirstPageAnswer> {
      let answer: FirstPageAnswer | undefined;
      await new NetworkIndex(db, () => now, (a) => (answer = a)).query({ view: v, offset: 0, limit: 25 });
      if (!answer) throw new Error('the index handed over no first page');
      return answer;
    },
    /** What a freshly built index answers at `now`. */
    liveAt(v: PopupView, now: number, offset: number, limit: number): Promise<QueryContactsOutput> {
      return new NetworkIndex(db, () => now).query({ view: v, offset, limit });
    },
  };
}

/** A small network whose due state changes over the next days. */
function network(): Contact[] {
  return [
    makeContact('ada', { teachSkills: ['leadership'], followUpAt: T0 + DAY }), // follow-up due tomorrow
    makeContact('bob', { status: 'contacted', statusChangedAt: T0 - 20 * DAY }), // stuck tomorrow (21 days)
    makeContact('cem', { followUpAt: T0 - DAY }), // already due
    makeContact('dora', { learnSkills: ['python'], status: 'mentoring' }),
    makeContact('eve', { status: 'paused', statusChangedAt: T0 - 59 * DAY, teachSkills: ['leadership'] }), // stuck in 1 day
  ];
}

describe('popup snapshot', () => {
  it('answers later requests exactly as the index would: due markers and counts move on', async () => {
    const net = await saved(network());
    const snapshot = takeSnapshot(await net.answerAt(view(), T0), '1.0.0');
    for (const later of [0, DAY - 1, DAY, 2 * DAY, 30 * DAY]) {
      const now = T0 + later;
      expect(answerFromSnapshot(snapshot, { view: view(), offset: 0, limit: 25 }, now)).toEqual(await net.liveAt(view(), now, 0, 25));
    }
    const twoDaysOn = answerFromSnapshot(snapshot, { view: view(), offset: 0, limit: 25 }, T0 + 2 * DAY)!;
    expect(twoDaysOn.summary.followUpsDue).toBe(2);
    expect(twoDaysOn.summary.stuck).toBe(2);
    expect(twoDaysOn.rows.find((r) => r.name === 'bob')?.due).toBe('stuck');
    expect(twoDaysOn.rows.find((r) => r.name === 'ada')?.due).toBe('follow-up');
    expect(twoDaysOn.rows.find((r) => r.name === 'dora')?.due).toBeNull();
    expect(snapshot.summary.stuck).toBe(0); // the stored summary itself is the one of T0
  });

  it('is stored in a shape its schema accepts (it is read back as untrusted data)', async () => {
    const snapshot = takeSnapshot(await (await saved(network())).answerAt(view({ sort: 'name' }), T0), '1.0.0');
    expect(PopupSnapshotSchema.parse(JSON.parse(JSON.stringify(snapshot)))).toEqual(snapshot);
  });

  it('with the "due" filter, expires when the next contact becomes due (the list itself changes then)', async () => {
    const net = await saved(network());
    const snapshot = takeSnapshot(await net.answerAt(dueView, T0), '1.0.0');
    expect(snapshot.validUntil).toBe(T0 + DAY);
    expect(snapshot.rows.map((r) => r.name)).toEqual(['cem']);
    expect(answerFromSnapshot(snapshot, { view: dueView, offset: 0, limit: 25 }, T0 + DAY - 1)).toEqual(
      await net.liveAt(dueView, T0 + DAY - 1, 0, 25),
    );
    expect(answerFromSnapshot(snapshot, { view: dueView, offset: 0, limit: 25 }, T0 + DAY)).toBeNull();
  });

  it('answers only the view it was taken for, the rows it holds, and the time it can vouch for', async () => {
    const contacts = Array.from({ length: 60 }, (_, i) => makeContact(`p${String(i).padStart(2, '0')}`));
    const v = view({ sort: 'name' });
    const net = await saved(contacts);
    const snapshot = takeSnapshot(await net.answerAt(v, T0), '1.0.0');
    expect(snapshot.rows).toHaveLength(SNAPSHOT_ROWS);
    const second = answerFromSnapshot(snapshot, { view: v, offset: 25, limit: 25 }, T0);
    expect(second?.rows.map((r) => r.name)).toEqual(Array.from({ length: 25 }, (_, i) => `p${25 + i}`));
    expect(second).toEqual(await net.liveAt(v, T0, 25, 25));
    expect(answerFromSnapshot(snapshot, { view: v, offset: 40, limit: 25 }, T0)).toBeNull(); // rows 50–64 not held
    expect(answerFromSnapshot(snapshot, { view: view({ sort: 'updated' }), offset: 0, limit: 25 }, T0)).toBeNull();
    expect(answerFromSnapshot(snapshot, { view: { ...v, query: 'p1' }, offset: 0, limit: 25 }, T0)).toBeNull();
    expect(answerFromSnapshot(snapshot, { view: v, offset: 0, limit: 25 }, T0 - 1)).toBeNull(); // clock turned back

    const few = takeSnapshot(await (await saved(contacts.slice(0, 30))).answerAt(v, T0), '1.0.0');
    expect(answerFromSnapshot(few, { view: v, offset: 25, limit: 25 }, T0)?.rows).toHaveLength(5);
  });

  it('expires with the UTC year (matching counts career years) and when it cannot follow every due moment', async () => {
    const newYearsEve = Date.UTC(2026, 11, 31, 23, 0);
    const snapshot = takeSnapshot(await (await saved(network())).answerAt(view(), newYearsEve), '1.0.0');
    expect(answerFromSnapshot(snapshot, { view: view(), offset: 0, limit: 25 }, Date.UTC(2026, 11, 31, 23, 59))).not.toBeNull();
    expect(answerFromSnapshot(snapshot, { view: view(), offset: 0, limit: 25 }, Date.UTC(2027, 0, 1))).toBeNull();

    const many = Array.from({ length: SNAPSHOT_TRANSITIONS + 5 }, (_, i) => makeContact(`f${i}`, { followUpAt: T0 + (i + 1) * 1000 }));
    const capped = takeSnapshot(await (await saved(many)).answerAt(view(), T0), '1.0.0');
    expect(capped.followUpsAhead).toHaveLength(SNAPSHOT_TRANSITIONS);
    expect(capped.validUntil).toBe(T0 + (SNAPSHOT_TRANSITIONS + 1) * 1000);
    const justBefore = T0 + SNAPSHOT_TRANSITIONS * 1000 + 999;
    expect(answerFromSnapshot(capped, { view: view(), offset: 0, limit: 25 }, justBefore)?.summary.followUpsDue).toBe(SNAPSHOT_TRANSITIONS);
    expect(answerFromSnapshot(capped, { view: view(), offset: 0, limit: 25 }, capped.validUntil)).toBeNull();
  });
});
