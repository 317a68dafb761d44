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
  | { source: 'title'; year: number; word: string };

/** The best evidence the match rests on: tags > full profile > title/headline estimate. */
export type EvidenceLevel = 'tags' | 'profile' | 'title' | 'none';

export type MatchTarget = MatchThem &
  DraftPerson & {
    careerBasis: CareerBasis | null;
    evidence: EvidenceLevel;
  };

/** A person seen only in a list (search results, "People also viewed"): a name and a headline. */
export interface ListedPerson {
  name: string;
  headline: string | null;
}

/** Everything known about one person; any part may be missing. */
export interface PersonSources {
  /** The profile on screen, or the snapshot stored with the contact. */
  profile?: Profile | null;
  contact?: Contact | null;
  listed?: ListedPerson | null;
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

/** A profile with dated experience or a Skills section: real data, not a title to guess from. */
function isFullProfile(profile: Profile | null): profile is Profile {
  return profile !== null && (profile.careerStart !== null || profile.experience.length > 0 || profile.skills.length > 0);
}

/**
 * THE person a match reads, for every view: the sidebar (profile on screen + saved contact), the popup's
 * network index and the radar (saved or imported contact with its stored profile), and people lists
 * (a listed name + headline). One function, so the sidebar and the popup never disagree.
 *
 * Evidence, strongest first: my tags on the contact; a full profile (Skills section, dated experience);
 * the position/headline read by utils/titles (stage → estimated career start, role → skills), which is
 * what imported contacts and listed people have. Title skills are added after profile skills, so they
 * rank last among inferred skills.
 */
export function matchPerson(sources: PersonSources, index: SkillIndex, now: Date): MatchTarget {
  const contact = sources.contact ?? null;
  const profile = sources.profile ?? contact?.profile ?? null;
  const listed = sources.listed ?? null;
  const role = profile?.currentRole ?? contact?.currentRole ?? null;
  const headline = profile?.headline ?? contact?.headline ?? listed?.headline ?? null;

  const skillIds = new Set(profile ? profileSkillIds(profile, index) : []);
  if (!profile && headline) for (const id of findSkillsInText(index, headline)) skillIds.add(id);
  const roleReading = readTitle(role);
  const headlineReading = readTitle(headline);
  for (const id of roleReading.skillIds) skillIds.add(id);
  for (const id of headlineReading.skillIds) skillIds.add(id);

  let careerBasis: CareerBasis | null = null;
  if (profile?.careerStart) careerBasis = { source: profile.careerStart.source, year: profile.careerStart.year };
  else if (contact?.careerStartYear != null) careerBasis = { source: 'saved', year: contact.careerStartYear };
  else {
    careerBasis = titleCareerEstimate(role, headline, now);
  }

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

/**
 * The person on screen as matching and drafting need them: what the page says, improved by what I
 * tagged on their saved contact (null when they are not saved yet). Same rules as matchPerson.
 */
export function matchTarget(profile: Profile, contact: Contact | null, index: SkillIndex, now: Date = new Date()): MatchTarget {
  return matchPerson({ profile, contact }, index, now);
}
