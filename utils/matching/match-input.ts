import type { MatchThem } from './types';
import type { DraftPerson } from '../outreach/generate';
import type { Contact } from '../schemas/contact';
import type { Profile } from '../schemas/profile';
import { findSkillsInText, resolveProfileSkills, type SkillIndex } from '../skills/search';

/** The other person as matching and drafting read them. */
export type PersonForMatching = MatchThem & DraftPerson;

/**
 * The skill ids a profile shows: its Skills section first (site order), then catalogue skills named in
 * the headline and the About text. Guest views of LinkedIn have no Skills section at all, so without the
 * free text a match would be empty until the user tags the person.
 */
export function profileSkillIds(profile: Pick<Profile, 'skills' | 'headline' | 'about'>, index: SkillIndex): string[] {
  const ids = new Set(resolveProfileSkills(index, profile.skills));
  for (const text of [profile.headline, profile.about]) {
    if (text) for (const id of findSkillsInText(index, text)) ids.add(id);
  }
  return [...ids];
}

/**
 * The one place that decides what we know about a person before matching: the sidebar passes the page on
 * screen, the popup's index the contact's saved snapshot (`contact.profile`), so both score a person alike.
 * What the page says comes first; the saved contact adds my tags and fills what the page lacks.
 */
export function personForMatching(profile: Profile | null, contact: Contact | null, index: SkillIndex): PersonForMatching {
  return {
    fullName: profile?.name ?? contact?.name ?? '',
    role: profile?.currentRole ?? contact?.currentRole ?? null,
    company: profile?.currentCompany ?? contact?.currentCompany ?? null,
    headline: profile?.headline ?? contact?.headline ?? null,
    teachSkills: contact?.teachSkills ?? [],
    learnSkills: contact?.learnSkills ?? [],
    profileSkillIds: profile ? profileSkillIds(profile, index) : [],
    careerStartYear: profile?.careerStart?.year ?? contact?.careerStartYear ?? null,
  };
}
