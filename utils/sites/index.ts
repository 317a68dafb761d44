/**
 * Site support: which adapter handles a URL, and the parsed profile for a page.
 * Content-script safe: no zod, no libraries (the schema import in adapters is type-only).
 */
import type { Profile } from '../schemas/profile';
import { linkedin } from './linkedin';
import type { ProfileLocation, SiteAdapter } from './types';
import { xing } from './xing';

export { canonicalLinkedIn, canonicalProfile, canonicalXing } from './canonical';
export type { ProfileLocation, SiteAdapter } from './types';

export const adapters: readonly SiteAdapter[] = [linkedin, xing];

/** The adapter whose detect() recognises the URL as a profile page, else null. */
export const adapterFor = (url: string): SiteAdapter | null => adapters.find((a) => a.detect(url)) ?? null;

/** Where the URL points when it is a profile page of a supported site (first adapter that matches). */
export function detectProfile(url: string): ProfileLocation | null {
  for (const a of adapters) {
    const loc = a.detect(url);
    if (loc) return loc;
  }
  return null;
}

/** Parse the profile shown in `document`; null when `url` is not a profile URL. Never throws. */
export function parseProfile(document: Document, url: string): Profile | null {
  const a = adapterFor(url);
  return a ? a.parse(document, url) : null;
}
