/**
 * A parsed profile cut to the stored limits: every adapter's parse() ends here (build.ts), so what a tab sends is
 * always a valid profile. A page can put megabytes into an About section, or a loose hook can catch a script's body
 * as a headline; sent as is, every sidebar and the background would parse it (and the background refuse it). Cut
 * here, one hostile tab costs only its own time. Pure, no zod (content-script bundle).
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
