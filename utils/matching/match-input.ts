import type { MatchThem } from './types';
import type { DraftPerson } from '../outreach/generate';
import type { Contact } from '../schemas/contact';
import type { Profile } from '../schemas/profile';
import { findSkillsInText, resolveProfileSkills, type SkillIndex } from '../skills/search';
import { careerStartFromTitle, type TitleCareerEstimate } from '../titles/career-estimate';
import { readTitle } from '../titles/read-title';

/** Where a person's career start comes from, strongest first; shown to the user beside an estimate. */
export type CareerBasis =
  | { source: 'experience' | 'education'; year: number }
  /** A year stored on the contact (copied from a profile seen earlier, or restored from a backup). */
  | { source: 'saved'; year: number }
  /** Estimated from a title or headline: "estimated from the title 'Werkstudentin'". */
  | { source: 'title'; year: number; word: string; yearsIn: number };

/** The best evidence the match rests on: tags > full profile > title/headline estimate. */
export type EvidenceLevel = 'tags' | 'profile' | 'title' | 'none';

/** The other person as matching and drafting read them, with the basis of their career start. */
export type PersonForMatching = MatchThem &
  DraftPerson & {
    careerBasis: CareerBasis | null;
    evidence: EvidenceLevel;
  };

/** A person seen only in a list (search results, "People also viewed"): a name and a headline. */
export interface ListedPerson {
  name: string;
  headline: string | null;
}

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

/** The career start a position or headline suggests: the position is the more precise title, the headline speaks when it says nothing. */
export function titleCareerEstimate(role: string | null, headline: string | null, now: Date): TitleCareerEstimate | null {
  return careerStartFromTitle(readTitle(role), now) ?? careerStartFromTitle(readTitle(headline), now);
}

/**
 * The career start year as of `now`. A title estimate moves on with the calendar: a contact imported as
 * "Werkstudentin" in 2026 is still about one year in when read in 2027 (2026, not 2025), so an index or
 * snapshot built last year must not keep last year's estimate. Dated and stored years stay as they are.
 */
export function careerStartYearAt(
  person: { careerStartYear: number | null; careerBasis: CareerBasis | null },
  now: Date,
): number | null {
  const basis = person.careerBasis;
  return basis?.source === 'title' ? now.getUTCFullYear() - basis.yearsIn : person.careerStartYear;
}

/** A profile with dated experience or a Skills section: real data, not a title to guess from. */
function isFullProfile(profile: Profile | null): profile is Profile {
  return profile !== null && (profile.careerStart !== null || profile.experience.length > 0 || profile.skills.length > 0);
}

/**
 * The one place that decides what we know about a person before matching, for every view: the sidebar
 * passes the page on screen, the popup's network index and the radar the contact's saved snapshot
 * (`contact.profile`, null for an imported contact), people lists a listed name + headline. So the sidebar
 * and the popup score a person alike.
 *
 * Evidence, strongest first: my tags on the contact; a full profile (Skills section, dated experience);
 * the position/headline read by utils/titles (stage → estimated career start, role → skills), which is
 * all imported contacts and listed people have. Title skills come after profile skills, so they rank last
 * among inferred skills. Career start: the page's dated experience/education, else the year stored on the
 * contact, else the title estimate (its word is kept to show the user).
 */
export function personForMatching(
  profile: Profile | null,
  contact: Contact | null,
  index: SkillIndex,
  now: Date = new Date(),
  listed: ListedPerson | null = null,
): PersonForMatching {
  const role = profile?.currentRole ?? contact?.currentRole ?? null;
  const headline = profile?.headline ?? contact?.headline ?? listed?.headline ?? null;

  const skillIds = new Set(profile ? profileSkillIds(profile, index) : []);
  if (!profile && headline) for (const id of findSkillsInText(index, headline)) skillIds.add(id);
  for (const id of readTitle(role).skillIds) skillIds.add(id);
  for (const id of readTitle(headline).skillIds) skillIds.add(id);

  let careerBasis: CareerBasis | null = null;
  if (profile?.careerStart) careerBasis = { source: profile.careerStart.source, year: profile.careerStart.year };
  else if (contact?.careerStartYear != null) careerBasis = { source: 'saved', year: contact.careerStartYear };
  else careerBasis = titleCareerEstimate(role, headline, now);

  const teachSkills = contact?.teachSkills ?? [];
  const learnSkills = contact?.learnSkills ?? [];
  const evidence: EvidenceLevel =
    teachSkills.length > 0 || learnSkills.length > 0
      ? 'tags'
      : isFullProfile(profile)
        ? 'profile'
        : careerBasis?.source === 'title' || skillIds.size > 0
          ? 'title'
          : 'none';

  return {
    fullName: profile?.name ?? contact?.name ?? listed?.name ?? '',
    role,
    company: profile?.currentCompany ?? contact?.currentCompany ?? null,
    headline,
    teachSkills,
    learnSkills,
    profileSkillIds: [...skillIds],
    careerStartYear: careerBasis?.year ?? null,
    careerBasis,
    evidence,
  };
}
