/**
 * A parsed profile cut to the stored limits before it leaves the tab. A page can put megabytes into an
 * About section; sent as is, every sidebar and the background would parse it (and the background refuse
 * it). Cut here, one hostile tab costs only its own time. Pure, no zod (content-script bundle).
 */
import type { Profile } from '../schemas/profile';
import { LIMITS, truncate } from '../schemas/limits';

const cut = (text: string | null, max: number): string | null => (text === null ? null : truncate(text, max));
const short = (text: string | null) => cut(text, LIMITS.shortText);

export function capProfile(profile: Profile): Profile {
  return {
    ...profile,
    name: truncate(profile.name, LIMITS.name),
    headline: short(profile.headline),
    location: short(profile.location),
    currentRole: short(profile.currentRole),
    currentCompany: short(profile.currentCompany),
    about: cut(profile.about, LIMITS.about),
    skills: profile.skills.slice(0, LIMITS.skills).map((skill) => truncate(skill, LIMITS.shortText)),
    experience: profile.experience.slice(0, LIMITS.experience).map((role) => ({
      ...role,
      title: truncate(role.title, LIMITS.shortText),
      company: short(role.company),
      dateText: cut(role.dateText, LIMITS.dateText),
    })),
    education: profile.education.slice(0, LIMITS.education).map((school) => ({
      ...school,
      school: truncate(school.school, LIMITS.shortText),
      degree: short(school.degree),
    })),
  };
}

/** The state a tab reports, its profile (when it carries one) cut to the limits. */
export function capTabState<T extends { status: string }>(state: T): T {
  if (!('profile' in state) || !state.profile) return state;
  return { ...state, profile: capProfile(state.profile as Profile) };
}
