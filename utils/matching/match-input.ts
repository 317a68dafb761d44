import type { MatchThem } from './types';
import type { DraftPerson } from '../outreach/generate';
import type { Contact } from '../schemas/contact';
import type { Profile } from '../schemas/profile';
import { findSkillsInText, resolveProfileSkills, type SkillIndex } from '../skills/search';

export type MatchTarget = MatchThem & DraftPerson;

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
 * The person on screen as matching and drafting need them: what the page says, improved by what I
 * tagged on their saved contact (null when they are not saved yet).
 */
export function matchTarget(profile: Profile, contact: Contact | null, index: SkillIndex): MatchTarget {
  return {
    fullName: profile.name,
    role: profile.currentRole,
    company: profile.currentCompany,
    headline: profile.headline,
    teachSkills: contact?.teachSkills ?? [],
    learnSkills: contact?.learnSkills ?? [],
    profileSkillIds: profileSkillIds(profile, index),
    careerStartYear: profile.careerStart?.year ?? contact?.careerStartYear ?? null,
  };
}
