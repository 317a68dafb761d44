/**
 * Site support: which page a URL is, and what the page shows (a profile, a profile's full list, people, a wall).
 * Content-script safe: no zod, no libraries (schema imports in adapters are type-only). Nothing here throws.
 */
import type { Profile } from '../schemas/profile';
import { linkedin } from './linkedin';
import type { ProfileLocation, SiteAdapter } from './types';
import { pageUrl } from './urls';
import { readWall } from './wall';
import { xing } from './xing';

export { canonicalLinkedIn, canonicalProfile, canonicalXing } from './canonical';
export type { ProfileLocation, SiteAdapter } from './types';
export { detectDetails, detectPeopleList, isWallUrl, pageUrl, wallTarget } from './urls';
export type { DetailsLocation, DetailsSection, PeopleListKind, PeopleListLocation } from './urls';
export { readWall, type WallKind } from './wall';
export { mergeDetails, parseDetails, type ProfileDetails } from './details';
export { readPeople, type ListedPerson } from './people';

export const adapters: readonly SiteAdapter[] = [linkedin, xing];

/** The adapter whose detect() recognises the URL as a profile page, else null. */
export const adapterFor = (url: string): SiteAdapter | null => adapters.find((a) => a.detect(url)) ?? null;

/** Where the URL points when it is a profile page of a supported site (details pages are not profiles). */
export function detectProfile(url: string): ProfileLocation | null {
  for (const a of adapters) {
    const loc = a.detect(url);
    if (loc) return loc;
  }
  return null;
}

/** Parse the profile shown in `document`; null when the page is no profile (or a wall). Never throws. */
export function parseProfile(document: Document, url: string): Profile | null {
  const u = pageUrl(document, url);
  const a = adapterFor(u);
  return a && !readWall(document) ? a.parse(document, u) : null;
}

/** The name the page shows for the person of `url`; null before it renders, on walls and off profiles. */
export function readName(document: Document, url: string): string | null {
  const u = pageUrl(document, url);
  return adapterFor(u)?.readName(document, u) ?? null;
}
