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

/**
 * A saved contact; `slug` makes key, url and name unique. A `careerStartYear` override is also what the
 * saved page shows, as saving copies it from there.
 */
export function makeContact(slug: string, overrides: Partial<Contact> = {}, profile: Parameters<typeof makeProfile>[0] = {}): Contact {
  const year = overrides.careerStartYear;
  const base = newContact(
    makeProfile({
      key: `linkedin:${slug}`,
      url: `https://www.linkedin.com/in/${slug}/`,
      name: slug,
      skills: [],
      ...(year !== undefined ? { careerStart: year === null ? null : { year, source: 'experience' as const } } : {}),
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
