import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveContactFromProfile, updateContact } from '../../utils/background/contacts-service';
import { setMyProfile } from '../../utils/db/settings';
import { addNote, deleteNote, editNote } from '../../utils/background/timeline-service';
import type { MentorRadarDb } from '../../utils/db/database';
import { onDbChange } from '../../utils/db/db-changes';
import { NetworkIndex } from '../../utils/network/network-index';
import { DEFAULT_POPUP_VIEW, type PopupView } from '../../utils/network/view-schema';
import { makeProfile } from '../support/profiles';
import { useTestDb } from '../support/db';
import { T0, me } from './helpers';

const getDb = useTestDb();

function indexFor(db: MentorRadarDb): NetworkIndex {
  const index = new NetworkIndex(db, () => T0);
  onDbChange(db, (c) => index.onChange(c));
  return index;
}

const person = (slug: string, name: string, extra = {}) =>
  makeProfile({ key: `linkedin:${slug}`, url: `https://www.linkedin.com/in/${slug}/`, name, skills: [], ...extra });
const view = (patch: Partial<PopupView>): PopupView => ({ ...DEFAULT_POPUP_VIEW, ...patch });
const names = (out: { rows: { name: string }[] }) => out.rows.map((r) => r.name);

beforeEach(() => fakeBrowser.reset());

describe('NetworkIndex', () => {
  it('ranks by potential against my profile and follows settings changes', async () => {
    const db = getDb();
    const index = indexFor(db);
    await saveContactFromProfile(db, person('ada', 'Ada', { careerStart: { year: 1990, source: 'experience' } }), T0);
    await saveContactFromProfile(db, person('bob', 'Bob'), T0 + 1);
    await updateContact(db, 'linkedin:ada', { teachSkills: ['leadership'] }, undefined, T0 + 2);

    let out = await index.query({ view: view({ sort: 'name' }), offset: 0, limit: 10 });
    expect(names(out)).toEqual(['Ada', 'Bob']);
    expect(out.rows[0]!.score).toBeGreaterThan(0); // a teach tag counts even before I set my goals

    await setMyProfile(db, me({ learnSkills: ['leadership'], careerStartYear: 2015 }));
    out = await index.query({ view: view({}), offset: 0, limit: 10 });
    expect(names(out)).toEqual(['Ada', 'Bob']);
    expect(out.rows[0]!.theyTeachMe).toEqual(['leadership']);
    expect(out.summary.couldTeachMe).toEqual([{ skill: 'leadership', people: 1 }]);

    // Bob is tagged later with something better: the cached index picks the change up.
    await updateContact(db, 'linkedin:bob', { teachSkills: ['leadership', 'negotiation'] }, undefined, T0 + 3);
    await setMyProfile(db, me({ learnSkills: ['leadership', 'negotiation'], careerStartYear: 2015 }));
    out = await index.query({ view: view({}), offset: 0, limit: 10 });
    expect(names(out)[0]).toBe('Bob');
  });

  it('searches notes and follows note edits and deletions', async () => {
    const db = getDb();
    const index = indexFor(db);
    await saveContactFromProfile(db, person('ada', 'Ada'), T0);
    await saveContactFromProfile(db, person('bob', 'Bob'), T0);
    const search = async (query: string) => names(await index.query({ view: view({ query }), offset: 0, limit: 10 }));

    expect(await search('kaffee')).toEqual([]);
    const note = await addNote(db, 'linkedin:bob', 'Kaffee in Bremen vereinbart', undefined, T0 + 1);
    expect(await search('kaffee')).toEqual(['Bob']);
    expect(await search('bremen')).toEqual(['Bob']);
    expect((await search('koln')).sort()).toEqual(['Ada', 'Bob']); // both profiles say Köln
    await editNote(db, note.id, 'Tee in Bonn', T0 + 2);
    expect(await search('kaffee')).toEqual([]);
    expect(await search('bonn')).toEqual(['Bob']);
    await deleteNote(db, note.id);
    expect(await search('bonn')).toEqual([]);
  });

  it('filters, pages, narrows while typing, and sees contacts removed in bulk', async () => {
    const db = getDb();
    const index = indexFor(db);
    for (let i = 0; i < 30; i++) await saveContactFromProfile(db, person(`p${i}`, `Person ${String(i).padStart(2, '0')}`), T0 + i);
    await updateContact(db, 'linkedin:p3', { status: 'contacted' }, undefined, T0 + 100);

    const page = await index.query({ view: view({ sort: 'name' }), offset: 10, limit: 5 });
    expect(page.total).toBe(30);
    expect(names(page)).toEqual(['Person 10', 'Person 11', 'Person 12', 'Person 13', 'Person 14']);

    const contacted = await index.query({ view: view({ filters: { ...DEFAULT_POPUP_VIEW.filters, statuses: ['contacted'] } }), offset: 0, limit: 5 });
    expect(names(contacted)).toEqual(['Person 03']);

    expect((await index.query({ view: view({ query: 'person 1' }), offset: 0, limit: 50 })).total).toBe(10); // 10–19, not 01
    expect((await index.query({ view: view({ query: 'person 12' }), offset: 0, limit: 50 })).total).toBe(1);
    expect((await index.query({ view: view({ query: 'person' }), offset: 0, limit: 50 })).total).toBe(30);

    await db.contacts.clear();
    const empty = await index.query({ view: view({}), offset: 0, limit: 5 });
    expect(empty.total).toBe(0);
    expect(empty.summary.total).toBe(0);
  });

  it('answers Backspace back to an earlier query from what it found then, but never across a write', async () => {
    const db = getDb();
    const index = indexFor(db);
    await saveContactFromProfile(db, person('mia', 'Mia Müller'), T0);
    await saveContactFromProfile(db, person('max', 'Max Mustermann'), T0);
    await saveContactFromProfile(db, person('ole', 'Ole Meyer'), T0);
    const search = async (query: string) => names(await index.query({ view: view({ query, sort: 'name' }), offset: 0, limit: 10 }));
    expect(await search('m')).toEqual(['Max Mustermann', 'Mia Müller', 'Ole Meyer']);
    expect(await search('mu')).toEqual(['Max Mustermann', 'Mia Müller']);
    expect(await search('mue')).toEqual(['Mia Müller']); // the ue spelling of ü
    expect(await search('mu')).toEqual(['Max Mustermann', 'Mia Müller']);
    expect(await search('m')).toEqual(['Max Mustermann', 'Mia Müller', 'Ole Meyer']);
    // A write between two identical queries: the second sees it.
    await db.contacts.update('linkedin:ole', { name: 'Ole Schmidt' });
    await db.contacts.delete('linkedin:max');
    expect(await search('mu')).toEqual(['Mia Müller']);
    expect(await search('m')).toEqual(['Mia Müller']);
    // Other filters over the same query are their own results.
    const contacted = await index.query({ view: view({ query: 'm', filters: { ...DEFAULT_POPUP_VIEW.filters, statuses: ['contacted'] } }), offset: 0, limit: 10 });
    expect(contacted.total).toBe(0);
    expect(await search('m')).toEqual(['Mia Müller']);
  });

  it('remembers the last view for the next popup (even after the service worker restarts)', async () => {
    const db = getDb();
    const first = indexFor(db);
    const chosen = view({ query: 'ada', sort: 'updated', filters: { ...DEFAULT_POPUP_VIEW.filters, due: true } });
    await first.query({ view: chosen, offset: 0, limit: 1 });
    await Promise.resolve();
    const restarted = new NetworkIndex(db, () => T0);
    expect((await restarted.query({ offset: 0, limit: 1 })).view).toEqual(chosen);
  });

  it('marks due follow-ups and stuck relationships on the rows', async () => {
    const db = getDb();
    const index = indexFor(db);
    await saveContactFromProfile(db, person('due', 'Due'), T0);
    await saveContactFromProfile(db, person('fresh', 'Fresh'), T0);
    await updateContact(db, 'linkedin:due', { followUpAt: T0 - 1000 }, undefined, T0);
    await updateContact(db, 'linkedin:fresh', { status: 'contacted' }, undefined, T0 - 30 * 24 * 3600 * 1000);
    const out = await index.query({ view: view({ sort: 'name', filters: { ...DEFAULT_POPUP_VIEW.filters, due: true } }), offset: 0, limit: 5 });
    expect(out.rows.map((r) => [r.name, r.due])).toEqual([
      ['Due', 'follow-up'],
      ['Fresh', 'stuck'],
    ]);
    expect(out.summary.followUpsDue).toBe(1);
    expect(out.summary.stuck).toBe(1);
  });
});

describe('NetworkIndex radar', () => {
  it('keeps one radar per network state, language and length; any write or settings change builds it again', async () => {
    const db = getDb();
    const index = indexFor(db);
    await setMyProfile(db, me({ careerStartYear: 2000, learnSkills: ['leadership'], teachSkills: ['python'] }));
    await saveContactFromProfile(db, person('ada', 'Ada'), T0);
    await updateContact(db, 'linkedin:ada', { teachSkills: ['leadership'] }, undefined, T0);
    const first = await index.radar({ lang: 'en', perSkill: 8 });
    expect(first.goals[0]!.people.map((p) => p.name)).toEqual(['Ada']);
    // Nothing changed: the same view, not a new ranking.
    expect(await index.radar({ lang: 'en', perSkill: 8 })).toBe(first);
    const german = await index.radar({ lang: 'de', perSkill: 8 });
    expect(german).not.toBe(first);
    expect(german.goals[0]!.label).not.toBe(first.goals[0]!.label);
    expect(await index.radar({ lang: 'en', perSkill: 200 })).not.toBe(first);

    await saveContactFromProfile(db, person('bob', 'Bob'), T0 + 1);
    await updateContact(db, 'linkedin:bob', { teachSkills: ['leadership'] }, undefined, T0 + 1);
    const afterWrite = await index.radar({ lang: 'en', perSkill: 8 });
    expect(afterWrite.goals[0]!.people.map((p) => p.name)).toEqual(['Ada', 'Bob']);

    await setMyProfile(db, me({ careerStartYear: 2000, learnSkills: ['negotiation'], teachSkills: ['python'] }));
    const afterSettings = await index.radar({ lang: 'en', perSkill: 8 });
    expect(afterSettings.goals.map((g) => g.skill)).toEqual(['negotiation']);
  });
});

describe('NetworkIndex across a new year', () => {
  it('rematches everyone when the UTC year changes (career years count up to the current year)', async () => {
    const db = getDb();
    let clock = Date.UTC(2026, 11, 31, 23, 0);
    const index = new NetworkIndex(db, () => clock);
    onDbChange(db, (c) => index.onChange(c));
    await setMyProfile(db, me({ careerStartYear: 2000, learnSkills: ['leadership'], teachSkills: ['python'] }));
    // Starts working next year: a career start in the future is not believed yet.
    await saveContactFromProfile(db, person('next', 'Next', { careerStart: { year: 2027, source: 'experience' } }), clock);
    await updateContact(db, 'linkedin:next', { teachSkills: ['leadership'], learnSkills: ['python'] }, undefined, clock);
    const before = await index.query({ view: view({}), offset: 0, limit: 5 });
    clock = Date.UTC(2027, 0, 1, 0, 30);
    const after = await index.query({ view: view({}), offset: 0, limit: 5 });
    const fresh = await new NetworkIndex(db, () => clock).query({ view: view({}), offset: 0, limit: 5 });
    expect(after.rows).toEqual(fresh.rows);
    expect(after.rows[0]!.kind).not.toBe(before.rows[0]!.kind);
  });
});
