/**
 * What kind of page a URL is, beyond "a profile" (utils/sites/canonical.ts): a profile's full-list page, a page that
 * lists people, a sign-in / sign-up wall, a preloaded copy. Pure string work: runs in the content script.
 */
import { canonicalLinkedIn, canonicalProfile } from './canonical';
import type { ProfileLocation } from './types';

export type DetailsSection = 'experience' | 'education' | 'skills';
export interface DetailsLocation extends ProfileLocation {
  section: DetailsSection;
}

export type PeopleListKind = 'search' | 'network' | 'company' | 'xing-search';
export interface PeopleListLocation {
  platform: 'linkedin' | 'xing';
  kind: PeopleListKind;
}

function parse(url: string): URL | null {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u : null;
  } catch {
    return null;
  }
}

const onHost = (u: URL, site: string): boolean => u.hostname === site || u.hostname.endsWith(`.${site}`);

/** `/in/<slug>/details/experience|education|skills/` → that person and list; every other URL → null. */
export function detectDetails(url: string): DetailsLocation | null {
  const u = parse(url);
  const m = u && onHost(u, 'linkedin.com') ? /^\/in\/[^/]+\/details\/(experience|education|skills)(\/|$)/i.exec(u.pathname) : null;
  const loc = m ? canonicalLinkedIn(url) : null;
  return loc && m ? { ...loc, section: m[1]!.toLowerCase() as DetailsSection } : null;
}

/**
 * Pages that list people: LinkedIn people search, My Network (and its suggestion pages), a company's people page;
 * XING member search. A profile's "People also viewed" aside is read on the profile itself.
 */
export function detectPeopleList(url: string): PeopleListLocation | null {
  const u = parse(url);
  if (!u) return null;
  const p = u.pathname.toLowerCase();
  if (onHost(u, 'linkedin.com')) {
    if (p.startsWith('/search/results/people')) return { platform: 'linkedin', kind: 'search' };
    if (/^\/mynetwork(\/|$)/.test(p)) return { platform: 'linkedin', kind: 'network' };
    if (/^\/company\/[^/]+\/people(\/|$)/.test(p)) return { platform: 'linkedin', kind: 'company' };
  }
  if (onHost(u, 'xing.com') && /^\/search\/(members|people)/.test(p)) return { platform: 'xing', kind: 'xing-search' };
  return null;
}

// LinkedIn's walls: sign-up, login, auth wall and security checkpoints (EN/DE pages share these paths).
const WALL_PATHS = /^\/(authwall|signup|login|uas\/login|checkpoint|reg\/join)(\/|$)/i;

export const isWallUrl = (url: string): boolean => {
  const u = parse(url);
  return !!u && onHost(u, 'linkedin.com') && WALL_PATHS.test(u.pathname);
};

/** The profile a wall URL stands in front of (`/authwall?sessionRedirect=…/in/x/`), else null. */
export function wallTarget(url: string): ProfileLocation | null {
  const u = parse(url);
  if (!u || !isWallUrl(url)) return null;
  for (const k of ['sessionRedirect', 'session_redirect', 'redirect', 'url']) {
    const v = u.searchParams.get(k);
    const loc = v ? canonicalProfile(v) : null;
    if (loc) return loc;
  }
  return null;
}

/**
 * The URL the page stands for: pages LinkedIn serves under `/preload/…` name their real address in
 * `link[rel=canonical]` (or og:url); every other page is its own URL.
 */
export function pageUrl(doc: Document, url: string): string {
  const u = parse(url);
  if (!u || !onHost(u, 'linkedin.com') || !/^\/preload(\/|$)/i.test(u.pathname)) return url;
  for (const c of [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ])
    if (c && canonicalLinkedIn(c)) return c;
  // No canonical link: the rest of the path usually is the real one (`/preload/in/x/` → `/in/x/`).
  return url.replace(/\/preload(?=\/)/i, '');
}

/**
 * Pages the page reader reads (utils/content/profile-watcher.ts): profiles, their full lists, people lists and walls.
 * The content script loads the reader only for these (people lists it reads itself until then); on every other page
 * the tab shows no one.
 */
export function isReadablePage(doc: Document, rawUrl: string): boolean {
  const url = pageUrl(doc, rawUrl);
  return isWallUrl(url) || !!detectDetails(url) || !!detectPeopleList(url) || !!canonicalProfile(url);
}
