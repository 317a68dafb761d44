import type { MentorRadarDb } from '../db/database';
import { getSettings } from '../db/settings';
import { skillInfoFrom } from '../matching/skill-info';
import type { ListedPerson, PagePerson } from '../messaging/protocol';
import { listedProfile, matchListedPerson } from '../network/page-people';
import type { Contact } from '../schemas/contact';
import { getCatalogue } from '../skills/catalogue';
import { createSkillIndex, type SkillIndex } from '../skills/search';
import { onDbChange } from '../db/db-changes';
import { saveContactFromProfile } from './contacts-service';

const KIND_ORDER = { reverse: 0, classic: 1, peer: 2, none: 3 } as const;

// The skill index takes a while to build: kept per database until a custom skill is added or removed.
const indexes = new WeakMap<MentorRadarDb, Promise<SkillIndex>>();
const watched = new WeakSet<MentorRadarDb>();
function skillIndexOf(db: MentorRadarDb): Promise<SkillIndex> {
  if (!watched.has(db)) {
    watched.add(db);
    onDbChange(db, (change) => {
      if (change.table === 'customSkills') indexes.delete(db);
    });
  }
  let index = indexes.get(db);
  if (!index) {
    index = db.customSkills.toArray().then((custom) => createSkillIndex(getCatalogue(), custom));
    indexes.set(db, index);
  }
  return index;
}

/**
 * Builds what ranking needs ahead of the first list: called when a tab asks for the page reader, so a list page
 * opened right after the background (re)started is not ranked with a cold skill index (~250 ms measured).
 */
export async function prepareRanking(db: MentorRadarDb): Promise<void> {
  await skillIndexOf(db);
}

/** The people a page lists, each scored and marked saved; best first (score, then reverse before classic before peer). */
export async function rankPagePeople(db: MentorRadarDb, people: readonly ListedPerson[], now: number): Promise<PagePerson[]> {
  const [saved, index, settings] = await Promise.all([
    db.contacts.bulkGet(people.map((p) => p.key)),
    skillIndexOf(db),
    getSettings(db),
  ]);
  const ctx = { me: settings.myProfile, skills: skillInfoFrom(index), now: new Date(now) };
  const ranked = people.map((p, i) => {
    const contact = saved[i] as Contact | undefined;
    const m = matchListedPerson(p, contact, index, ctx);
    return { ...p, kind: m.kind, score: m.score, saved: !!contact, order: i };
  });
  ranked.sort((a, b) => b.score - a.score || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.order - b.order);
  return ranked.map(({ order: _order, ...p }) => p);
}

/** Saves a listed person from what their card says; an existing contact keeps everything it has. */
export async function savePagePerson(db: MentorRadarDb, person: ListedPerson, now: number): Promise<Contact> {
  const existing = await db.contacts.get(person.key);
  return existing ?? saveContactFromProfile(db, listedProfile(person), now);
}
