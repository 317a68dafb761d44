/** Shared tail of every adapter's parse(): where the page is, fallbacks for the name, derived fields, never throwing. */
import type { Education, Experience, Platform, Profile } from '../schemas/profile';
import { LIMITS } from '../schemas/limits';
import { capProfile } from './cap';
import { derive } from './derive';
import { nameFromSlug, orNull, titleName, unique } from './text';
import type { ProfileLocation } from './types';

const MAX_SKILL_LABEL = 200;

export interface Fields {
  name: string | null;
  headline: string | null;
  location: string | null;
  currentRole: string | null;
  currentCompany: string | null;
  about: string | null;
  skills: string[];
  experience: Experience[];
  education: Education[];
  /** XING "Ich biete" / "Ich suche" (haves / wants), where the profile shows them. */
  offers: string[];
  seeks: string[];
}

/** The profile a URL points at; when the URL is not one (SPA URL not updated yet), the page's own canonical link. */
function locate(doc: Document, url: string, platform: Platform, detect: (u: string) => ProfileLocation | null): ProfileLocation {
  for (const u of [
    url,
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), // guest view and XING: <link rel=canonical>
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'), // OpenGraph copy of the same
  ]) {
    const loc = u ? detect(u) : null;
    if (loc) return loc;
  }
  const home = platform === 'xing' ? 'https://www.xing.com/' : 'https://www.linkedin.com/';
  return { platform, key: `${platform}:unknown`, url: home, isMemberId: false };
}

/**
 * Run a site reader and assemble a Profile. A reader that throws (a page we did not foresee) yields the
 * degenerate profile: name from <title> or the URL slug, everything else null / empty.
 */
export function build(
  doc: Document,
  url: string,
  platform: Platform,
  detect: (u: string) => ProfileLocation | null,
  siteTitle: RegExp,
  read: (doc: Document, loc: ProfileLocation) => Partial<Fields>,
): Profile {
  const loc = locate(doc, url, platform, detect);
  let f: Partial<Fields> = {};
  try {
    f = read(doc, loc);
  } catch {
    // keep the empty fields: the sidebar must still show the person
  }
  let name = orNull(f.name);
  try {
    name ??= orNull(titleName(doc, siteTitle));
  } catch {
    // no title
  }
  const slug = loc.url.split('/').filter(Boolean).pop() ?? '';
  name ??= orNull(loc.key.endsWith(':unknown') || loc.isMemberId ? '' : nameFromSlug(slug));
  const experience = f.experience ?? [];
  const education = f.education ?? [];
  // A list, not an essay: a few dozen short items (a hostile page gets cut, not refused downstream).
  const items = (xs: readonly string[]) => unique(xs).slice(0, 50).map((x) => x.slice(0, 200));
  const offers = items(f.offers ?? []);
  const seeks = items(f.seeks ?? []);
  return capProfile({
    platform,
    key: loc.key,
    url: loc.url,
    name: name ?? (platform === 'xing' ? 'XING member' : 'LinkedIn member'),
    headline: orNull(f.headline),
    location: orNull(f.location),
    currentRole: orNull(f.currentRole),
    currentCompany: orNull(f.currentCompany),
    about: orNull(f.about),
    // A "skill" of hundreds of characters is page text caught by a loose hook (e.g. a script's body), not a skill.
    skills: unique(f.skills ?? []).filter((x) => x.length <= MAX_SKILL_LABEL).slice(0, LIMITS.skills),
    experience,
    education,
    ...derive(experience, education),
    // Only where the site shows them: profiles of other sites keep their exact shape.
    ...(offers.length ? { offers } : {}),
    ...(seeks.length ? { seeks } : {}),
  });
}

/** A profile known only by who it is (a list card, a details page, a saved row): nothing read from its page. */
export function thinProfile(p: {
  platform: Platform;
  key: string;
  url: string;
  name: string;
  headline?: string | null;
  location?: string | null;
}): Profile {
  return {
    platform: p.platform,
    key: p.key,
    url: p.url,
    name: p.name,
    headline: p.headline ?? null,
    location: p.location ?? null,
    currentRole: null,
    currentCompany: null,
    about: null,
    skills: [],
    experience: [],
    education: [],
    earliestExperienceYear: null,
    earliestEducationYear: null,
    careerStart: null,
  };
}
