import { newContact } from '../../utils/background/contacts-service';
import { skillInfoFrom } from '../../utils/matching/skill-info';
import { buildEntry, type ContactEntry, type MatchContext } from '../../utils/network/entry';
import type { Contact } from '../../utils/schemas/contact';
import { DEFAULT_MY_PROFILE, type MyProfile } from '../../utils/schemas/settings';
import { getCatalogue } from '../../utils/skills/catalogue';
import { createSkillIndex } from '../../utils/skills/search';
import { makeProfile } from '../support/profiles';

export const INDEX = createSkillIndex(getCatalogue());
export const DAY = 24 * 60 * 60 * 1000;
export const T0 = Date.UTC(2026, 2, 1, 9);

/** A saved contact; `slug` makes key, url and name unique. */
export function makeContact(slug: string, overrides: Partial<Contact> = {}, profile: Parameters<typeof makeProfile>[0] = {}): Contact {
  const base = newContact(
    makeProfile({
      key: `linkedin:${slug}`,
      url: `https://www.linkedin.com/in/${slug}/`,
      name: slug,
      skills: [],
      // A contact's career year comes from its profile: keep the two in step when a test sets the year.
      ...(overrides.careerStartYear != null ? { careerStart: { year: overrides.careerStartYear, source: 'experience' as const } } : {}),
      ...profile,
    }),
    T0,
  );
  return { ...base, ...overrides };
}

export function me(overrides: Partial<MyProfile> = {}): MyProfile {
  return { ...DEFAULT_MY_PROFILE, ...overrides };
}

export function ctx(my: MyProfile = me(), now = T0): MatchContext {
  return { me: my, skills: skillInfoFrom(INDEX), now: new Date(now) };
}

export function entryOf(contact: Contact, my: MyProfile = me()): ContactEntry {
  return buildEntry(contact, INDEX, ctx(my));
}
