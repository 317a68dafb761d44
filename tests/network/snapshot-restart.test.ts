import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveContactFromProfile, updateContact } from '../../utils/background/contacts-service';
import { setMyProfile } from '../../utils/db/settings';
import { deleteAllData } from '../../utils/data/data-service';
import { MentorRadarDb } from '../../utils/db/database';
import { NetworkIndex } from '../../utils/network/network-index';
import { createPopupQueries, type PopupQueries } from '../../utils/network/popup-queries';
import { answerFromSnapshot, PopupSnapshotSchema } from '../../utils/network/snapshot';
import { SAVE_DELAY_MS, type SnapshotStore } from '../../utils/network/snapshot-store';
import { SNAPSHOT_STORAGE_KEY, VIEW_STORAGE_KEY } from '../../utils/network/popup-storage-keys';
import { storedFirstPage } from '../../utils/popup/stored-first-page';
import { readStoredPopupState } from '../../utils/popup/stored-popup-state';
import { DEFAULT_POPUP_VIEW, type PopupView, type QueryContactsInput } from '../../utils/network/view-schema';
import { useTestDb } from '../support/db';
import { makeProfile } from '../support/profiles';
import { DAY, T0, me } from './helpers';

const VERSION = '1.2.3';
const getDb = useTestDb();
let clock = T0;
const workers: MentorRadarDb[] = [];
const stores: SnapshotStore[] = [];
const allQueries: PopupQueries[] = [];

/**
 * A service worker starting: its own database connection, index and snapshot store, nothing in memory.
 * `afterWriteMs`: when it answers the first page on its own after a write (null: only when asked).
 */
function startWorker(db?: MentorRadarDb, afterWriteMs: number | null = null) {
  const connection = db ?? new MentorRadarDb(getDb().name);
  if (!db) workers.push(connection);
  const worker = { db: connection, ...createPopupQueries(connection, VERSION, () => clock, afterWriteMs) };
  stores.push(worker.store);
  allQueries.push(worker.queries);
  return worker;
}

const person = (slug: string, extra = {}) =>
  makeProfile({ key: `linkedin:${slug}`, url: `https://www.linkedin.com/in/${slug}/`, name: slug, skills: [], ...extra });
const sortedByName: PopupView = { ...DEFAULT_POPUP_VIEW, sort: 'name' };
const FIRST_OPEN: QueryContactsInput = { offset: 0, limit: 25 };
const stored = async () => (await fakeBrowser.storage.session.get(SNAPSHOT_STORAGE_KEY))[SNAPSHOT_STORAGE_KEY];

/** The answer of an index built from the database right now (what the popup must see). */
async function live(db: MentorRadarDb, input: QueryContactsInput) {
  return new NetworkIndex(db, () => clock).query(input);
}

/** A first worker that saved a small network and answered the popup once (which keeps a snapshot). */
async function seeded() {
  const first = startWorker(getDb());
  await setMyProfile(first.db, me({ learnSkills: ['leadership'] }));
  await saveContactFromProfile(first.db, person('ada'), T0 - 10 * DAY);
  await saveContactFromProfile(first.db, person('bob'), T0 - 10 * DAY);
  await saveContactFromProfile(first.db, person('cem'), T0 - 10 * DAY);
  await updateContact(first.db, 'linkedin:ada', { teachSkills: ['leadership'], followUpAt: T0 + DAY }, undefined, T0 - 10 * DAY);
  await updateContact(first.db, 'linkedin:bob', { status: 'contacted' }, undefined, T0 - 20 * DAY);
  const answer = await first.queries.query({ view: sortedByName, offset: 0, limit: 25 });
  await vi.waitFor(async () => expect(await stored()).toBeDefined());
  return { first, answer };
}

beforeEach(() => {
  fakeBrowser.reset();
  clock = T0;
});
afterEach(async () => {
  vi.restoreAllMocks();
  // A save still pending (SAVE_DELAY_MS) must not land in the next test's storage.
  for (const queries of allQueries.splice(0)) queries.cancelPending();
  for (const store of stores.splice(0)) store.invalidate();
  for (const db of workers.splice(0)) db.close();
});

describe('first popup open after the service worker restarted', () => {
  it('is answered from the snapshot without building the index, exactly as the index would answer', async () => {
    const { answer } = await seeded();
    const indexQuery = vi.spyOn(NetworkIndex.prototype, 'query');
    const restarted = startWorker();
    expect(await restarted.queries.query(FIRST_OPEN)).toEqual(answer);
    expect(await restarted.queries.query({ view: sortedByName, offset: 2, limit: 25 })).toEqual({ ...answer, offset: 2, rows: answer.rows.slice(2) });
    expect(indexQuery).not.toHaveBeenCalled();
    // The index is built behind the answer; later questions go to it and agree.
    await restarted.queries.settled();
    expect(await restarted.queries.query(FIRST_OPEN)).toEqual(answer);
    expect(indexQuery).toHaveBeenCalledTimes(1);
  });

  it('recomputes what the clock changed: a follow-up reached and a relationship gone stuck since', async () => {
    const { answer } = await seeded();
    expect(answer.rows.map((r) => r.due)).toEqual([null, null, null]);
    clock = T0 + 2 * DAY;
    const indexQuery = vi.spyOn(NetworkIndex.prototype, 'query');
    const restarted = startWorker();
    const out = await restarted.queries.query(FIRST_OPEN);
    expect(indexQuery).not.toHaveBeenCalled();
    await restarted.queries.settled();
    expect(out.rows.map((r) => [r.name, r.due])).toEqual([
      ['ada', 'follow-up'],
      ['bob', 'stuck'],
      ['cem', null],
    ]);
    expect([out.summary.followUpsDue, out.summary.stuck]).toEqual([1, 1]);
    expect(out).toEqual(await live(getDb(), FIRST_OPEN));
  });

  it.each([
    ['a contact changes', (db: MentorRadarDb) => updateContact(db, 'linkedin:cem', { status: 'mentoring' }, undefined, T0)],
    ['my profile changes (scores change)', (db: MentorRadarDb) => setMyProfile(db, me({ learnSkills: [], teachSkills: ['leadership'] }))],
    ['all data is cleared', (db: MentorRadarDb) => deleteAllData(db)],
  ])('is never answered from an outdated snapshot: deleted when %s', async (_, write) => {
    await seeded();
    const second = startWorker();
    await write(second.db);
    expect(await stored()).toBeUndefined();

    const indexQuery = vi.spyOn(NetworkIndex.prototype, 'query');
    const third = startWorker();
    const out = await third.queries.query(FIRST_OPEN);
    expect(indexQuery).toHaveBeenCalled();
    expect(out).toEqual(await live(getDb(), FIRST_OPEN));
  });

  it.each([
    ['garbage', { rows: 'not rows' }],
    ['a string', 'popup'],
    ['another version', 'other-version'],
    ['unsorted due moments', 'unsorted'],
  ])('ignores a stored snapshot that is %s', async (_, corrupt) => {
    await seeded();
    const valid = PopupSnapshotSchema.parse(await stored());
    const value =
      corrupt === 'other-version'
        ? { ...valid, version: '0.9.0' }
        : corrupt === 'unsorted'
          ? { ...valid, followUpsAhead: [T0 + 2 * DAY, T0 + DAY] }
          : corrupt;
    await fakeBrowser.storage.session.set({ [SNAPSHOT_STORAGE_KEY]: value });
    const indexQuery = vi.spyOn(NetworkIndex.prototype, 'query');
    const out = await startWorker().queries.query(FIRST_OPEN);
    expect(indexQuery).toHaveBeenCalled();
    expect(out).toEqual(await live(getDb(), FIRST_OPEN));
  });

  it('does not keep an answer computed while a write was reported (it may miss the write)', async () => {
    await seeded();
    const worker = startWorker();
    const contacts = worker.db.contacts;
    const read = contacts.toArray.bind(contacts);
    // The write lands right after the index read the network, before it answers.
    const readThenWrite = async () => {
      const all = await read();
      await updateContact(worker.db, 'linkedin:cem', { status: 'paused' }, undefined, T0);
      return all;
    };
    vi.spyOn(contacts, 'toArray').mockImplementationOnce(readThenWrite as unknown as typeof contacts.toArray);
    const missed = await worker.queries.query({ view: DEFAULT_POPUP_VIEW, offset: 0, limit: 25 });
    expect(missed.rows.find((r) => r.name === 'cem')?.status).toBe('idea');
    expect(await stored()).toBeUndefined();

    // The popup asks again (contactsChanged): now the answer is current and kept.
    const current = await worker.queries.query(FIRST_OPEN);
    expect(current.rows.find((r) => r.name === 'cem')?.status).toBe('paused');
    await vi.waitFor(async () => expect(await stored()).toBeDefined());
    const snapshot = PopupSnapshotSchema.parse(await stored());
    expect(answerFromSnapshot(snapshot, { view: DEFAULT_POPUP_VIEW, ...FIRST_OPEN }, clock)).toEqual(await live(getDb(), FIRST_OPEN));
  });

  it('keeps only the answer the user stopped at, and not at all when a write comes first', async () => {
    await seeded();
    const worker = startWorker(getDb());
    for (const query of ['a', 'ad', 'ada']) await worker.queries.query({ view: { ...DEFAULT_POPUP_VIEW, query }, offset: 0, limit: 25 });
    await vi.waitFor(async () => expect(PopupSnapshotSchema.parse(await stored()).view.query).toBe('ada'));

    await worker.queries.query({ view: { ...DEFAULT_POPUP_VIEW, query: 'bob' }, offset: 0, limit: 25 });
    await updateContact(worker.db, 'linkedin:bob', { status: 'mentoring' }, undefined, T0); // before the snapshot is taken
    await new Promise((resolve) => setTimeout(resolve, SAVE_DELAY_MS + 100));
    expect(await stored()).toBeUndefined();
  });

  it('does not write the snapshot again while the stored one still answers the view', async () => {
    await seeded();
    const writes = vi.spyOn(fakeBrowser.storage.session, 'set');
    const restarted = startWorker();
    await restarted.queries.query(FIRST_OPEN); // from the snapshot
    await restarted.queries.settled();
    clock += DAY / 2; // still before the first due moment the snapshot knows
    await restarted.queries.query({ view: sortedByName, offset: 0, limit: 25 }); // from the index, same answer
    await new Promise((resolve) => setTimeout(resolve, SAVE_DELAY_MS + 100));
    expect(writes.mock.calls.filter(([items]) => SNAPSHOT_STORAGE_KEY in items)).toEqual([]);

    await restarted.queries.query({ view: DEFAULT_POPUP_VIEW, offset: 0, limit: 25 }); // another view: kept instead
    await vi.waitFor(() => expect(writes.mock.calls.filter(([items]) => SNAPSHOT_STORAGE_KEY in items)).toHaveLength(1));
  });

  it('is read by the popup itself, also from a storage read it started before the rest of its script ran', async () => {
    const { answer } = await seeded();
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: VERSION } as never);
    await fakeBrowser.storage.session.set({ [VIEW_STORAGE_KEY]: sortedByName });
    expect(await storedFirstPage(25, () => clock)).toEqual(answer);

    const early = readStoredPopupState();
    const reads = vi.spyOn(fakeBrowser.storage.session, 'get');
    expect(await storedFirstPage(25, () => clock, early)).toEqual(answer);
    expect(reads).not.toHaveBeenCalled();
    // Another version's snapshot (an update since) is not used.
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '9.9.9' } as never);
    expect(await storedFirstPage(25, () => clock, readStoredPopupState())).toBeNull();
  });
});

describe('first popup open after a write (an import, a restore, a tag) and an idle stop', () => {
  it('finds a snapshot of the current network: the worker answered the first page itself once the writes paused', async () => {
    await seeded();
    const writer = startWorker(undefined, 20);
    await updateContact(writer.db, 'linkedin:cem', { status: 'mentoring' }, undefined, T0);
    await updateContact(writer.db, 'linkedin:ada', { status: 'paused' }, undefined, T0);
    expect(await stored()).toBeUndefined(); // deleted by the writes at once
    await vi.waitFor(async () => expect(await stored()).toBeDefined(), { timeout: 3000 });

    const indexQuery = vi.spyOn(NetworkIndex.prototype, 'query');
    const restarted = startWorker();
    const out = await restarted.queries.query(FIRST_OPEN);
    expect(indexQuery).not.toHaveBeenCalled();
    expect(out.rows.find((r) => r.name === 'cem')?.status).toBe('mentoring');
    expect(out.rows.find((r) => r.name === 'ada')?.status).toBe('paused');
    await restarted.queries.settled();
    expect(out).toEqual(await live(getDb(), FIRST_OPEN));
  });

  it('builds the index of a worker that never had one (a network written before any popup opened)', async () => {
    const writer = startWorker(undefined, 20);
    await setMyProfile(writer.db, me({ learnSkills: ['leadership'] }));
    for (const slug of ['ada', 'bob', 'cem']) await saveContactFromProfile(writer.db, person(slug), T0 - DAY);
    await vi.waitFor(async () => expect(await stored()).toBeDefined(), { timeout: 3000 });
    const snapshot = PopupSnapshotSchema.parse(await stored());
    expect(answerFromSnapshot(snapshot, { view: DEFAULT_POPUP_VIEW, ...FIRST_OPEN }, clock)).toEqual(await live(getDb(), FIRST_OPEN));
  });

  it('writes that go on after it answered: the snapshot kept in the end shows the last write', async () => {
    await seeded();
    const writer = startWorker(undefined, 20);
    await updateContact(writer.db, 'linkedin:cem', { status: 'mentoring' }, undefined, T0);
    await new Promise((resolve) => setTimeout(resolve, 60)); // answered, its snapshot waits SAVE_DELAY_MS
    await updateContact(writer.db, 'linkedin:bob', { status: 'closed' }, undefined, T0);
    await vi.waitFor(async () => expect(await stored()).toBeDefined(), { timeout: 3000 });
    const snapshot = PopupSnapshotSchema.parse(await stored());
    expect(snapshot.rows.find((r) => r.name === 'bob')?.status).toBe('closed');
    expect(answerFromSnapshot(snapshot, { view: snapshot.view, ...FIRST_OPEN }, clock)).toEqual(await live(getDb(), FIRST_OPEN));
  });
});
