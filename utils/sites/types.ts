import type { Platform, Profile } from '../schemas/profile';

/** Where a URL points, when it is a profile page. */
export interface ProfileLocation {
  platform: Platform;
  /** Canonical key: the same for every URL form of one person (e.g. `linkedin:eleanor-whitcombe-3a91b4`). */
  key: string;
  /** Canonical URL for opening the profile. */
  url: string;
  /** LinkedIn `/in/ACoAA…` member-id link: same person as a slug URL, but a different key. */
  isMemberId: boolean;
}

/** Site support as two pure functions, each tested on its own. */
export interface SiteAdapter {
  platform: Platform;
  /** Is this URL a profile page, and whose? null for every other page of the site. */
  detect(url: string): ProfileLocation | null;
  /** Read the profile shown in `document`. Never throws: what is missing comes back null or empty. */
  parse(document: Document, url: string): Profile;
  /**
   * The person's name as the page's own markup shows it (top card heading, title, JSON-LD), never derived
   * from the URL; null while the page has not rendered it. Cheap: the content script calls it on DOM
   * mutations to tell when an in-app navigation has rendered the new person. null on sign-in / sign-up walls.
   */
  readName(document: Document, url: string): string | null;
}
