/**
 * A profile's full lists: `/in/<slug>/details/experience|education|skills/`, opened by the user from "Show all N …"
 * ("Alle N … anzeigen"). Read with the profile's own entry readers, then merged into the profile so career start and
 * skills come from the whole list. Nothing is fetched: only pages the user opens are read.
 */
import type { Education, Experience, Profile } from '../schemas/profile';
import { derive } from './derive';
import { currentOf } from './entries';
import { isNoise, readEducation, readExperience, readSkills, SITE_TITLE } from './linkedin';
import { orNull, text, titleName, unique } from './text';
import { detectDetails, pageUrl, type DetailsSection } from './urls';

export interface ProfileDetails {
  platform: 'linkedin';
  /** The person's canonical key and profile URL (not the details URL). */
  key: string;
  url: string;
  section: DetailsSection;
  /** The name the page names (its <title>), when it does. */
  name: string | null;
  experience?: Experience[];
  education?: Education[];
  skills?: string[];
}

/** The list's box: the first section of <main> that is not someone else's (aside, browsemap); else <main>. */
function listBox(doc: Document): Element | undefined {
  const main = doc.querySelector('main') ?? doc.body;
  return Array.from(main?.querySelectorAll('section') ?? []).find((s) => !isNoise(s)) ?? main ?? undefined;
}

// Section headings that some details pages put in <title> instead of the name.
const SECTION_TITLE = /^(experience|education|skills|berufserfahrung|ausbildung|kenntnisse|linkedin)$/i;

/** Read a details page; null when `url` is no details page. Never throws: an unreadable list comes back empty. */
export function parseDetails(doc: Document, url: string): ProfileDetails | null {
  const loc = detectDetails(pageUrl(doc, url));
  if (!loc) return null;
  const out: ProfileDetails = { platform: 'linkedin', key: loc.key, url: loc.url, section: loc.section, name: null };
  try {
    const t = orNull(titleName(doc, SITE_TITLE));
    out.name = t && !SECTION_TITLE.test(t) ? t : null;
    const box = listBox(doc);
    if (loc.section === 'experience') out.experience = readExperience(box);
    else if (loc.section === 'education') out.education = readEducation(box);
    else out.skills = unique(readSkills(doc, box)).filter((s) => !SECTION_TITLE.test(s) && s !== text(box?.querySelector('h1, h2')));
  } catch {
    // keep what was read
  }
  return out;
}

/**
 * The profile with a details page's full list in place of the profile page's first few entries. Skills keep the
 * profile's order (top skills first) and add the rest; career start, earliest years and the current role follow.
 */
export function mergeDetails(profile: Profile, details: ProfileDetails): Profile {
  if (profile.key !== details.key) return profile;
  const experience = details.experience?.length ? details.experience : profile.experience;
  const education = details.education?.length ? details.education : profile.education;
  const skills = details.skills?.length ? unique([...profile.skills, ...details.skills]) : profile.skills;
  const cur = currentOf(experience);
  return {
    ...profile,
    experience,
    education,
    skills,
    currentRole: cur?.title ?? profile.currentRole,
    currentCompany: cur?.company ?? profile.currentCompany,
    ...derive(experience, education),
  };
}
