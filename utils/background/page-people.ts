import type { MentorRadarDb } from '../db/database';
import { getSettings } from '../db/settings';
import { skillInfoFrom } from '../matching/skill-info';
import type { ListedPerson, PagePerson } from '../messaging/protocol';
import { listedProfile, matchListedPerson } from '../network/page-people';
import type { Contact } from '../schemas/contact';
import { getCatalogue } from '../skills/catalogue';
import { createSkillIndex } from '../skills/search';
import { saveContactFromProfile } from './contacts-service';

const KIND_ORDER = { reverse: 0, classic: 1, peer: 2, none: 3 } as const;

/** The people a page lists, each scored and marked saved; best first (score, then reverse before classic before peer). */
export async function rankPagePeople(db: MentorRadarDb, people: readonly ListedPerson[], now: number): Promise<PagePerson[]> {
  const [saved, custom, settings] = await Promise.all([
    db.contacts.bulkGet(people.map((p) => p.key)),
    db.customSkills.toArray(),
    getSettings(db),
  ]);
  const index = createSkillIndex(getCatalogue(), custom);
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
