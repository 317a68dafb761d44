/**
 * The top of a LinkedIn profile page: whose it is, their name and headline. Split from the rest of the reader
 * (linkedin.ts) because the content script needs only this before the page has loaded (the shell,
 * utils/content/shell-preview.ts); everything else is read by the page reader injected later.
 * Variants and fixtures: see linkedin.ts.
 */
import { canonicalLinkedIn } from './canonical';
import { first, lineEls, lines, orNull, skipped, text, titleName } from './text';
import type { ProfileLocation } from './types';
import { pageUrl } from './urls';
import { JOIN_TEXT, readWall, SIGNIN_TEXT } from './wall';

export type Card = 'about' | 'experience' | 'education' | 'skills';

// Card heading text, English and German UI: newer markup has no ids, only the heading says what a card is.
export const HEADINGS: Record<Card, RegExp> = {
  about: /^(about|info|summary|zusammenfassung)$/i,
  experience: /^(experience|berufserfahrung|erfahrung)$/i,
  education: /^(education|ausbildung|bildung)$/i,
  skills: /^(skills|kenntnisse|kenntnisse und fähigkeiten|fähigkeiten)$/i,
};

// Regions that hold other people or the viewer: "More profiles for you", "People also viewed", nav, and sign-in / join
// overlays, which on guest pages sit inside the top card without role=dialog (linkedin-guest-no-headline.html).
const NOISE =
  'aside, nav, footer, noscript, template, form, [role="dialog"], [aria-modal="true"], [data-view-name*="browsemap"], ' +
  '[class*="modal"], [class*="sign-in"], [class*="signin"], [class*="join-form"], [class*="authwall"]';
export const isNoise = (el: Element): boolean => !!el.closest(NOISE) || (!!el.closest('header') && !el.closest('main'));

// Top-card lines that are neither headline nor location: degree badge, pronouns, counts, links, mutual connections.
export const CARD_NOISE =
  /^([·•]\s*)?(1st|2nd|3rd\+?|[123]\.?\+?|premium|verified|verifiziert)$|degree connection|grad(es)? kontakt|^(she|he|they|sie|er|xe|ze)\/\w+$|^[\d.,]+\+?\s*(connections?|followers?|kontakte|follower(:innen)?)|^(contact info|kontaktinfo(rmationen)?)$|mutual connection|gemeinsame kontakte/i;
export const SITE_TITLE = /\s*(\|\s*)?LinkedIn\s*$/i;

export interface Person {
  name?: unknown;
  jobTitle?: unknown;
  worksFor?: unknown;
  alumniOf?: unknown;
  address?: { addressLocality?: unknown; addressRegion?: unknown; addressCountry?: unknown };
}

/** JSON-LD Person of the guest view (`<script type="application/ld+json">`, possibly inside @graph). */
function jsonLd(doc: Document): Person | null {
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const data = JSON.parse(s.textContent ?? '') as { '@graph'?: unknown[] };
      for (const n of ([] as unknown[]).concat(data, data?.['@graph'] ?? []))
        if ((n as { '@type'?: unknown })?.['@type'] === 'Person') return n as Person;
    } catch {
      // a broken data block is just absent
    }
  }
  return null;
}

export const str = (v: unknown): string | null => (typeof v === 'string' || typeof v === 'number' ? orNull(String(v)) : null);
export const list = (v: unknown): Record<string, unknown>[] =>
  (Array.isArray(v) ? v : v ? [v] : []).filter((x): x is Record<string, unknown> => !!x && typeof x === 'object');

/** A wall's or an overlay's heading ("Join LinkedIn", "Sign in to view …"): never a person's name. */
export const notAName = (t: string): boolean => !t || t.length > 120 || JOIN_TEXT.test(t) || SIGNIN_TEXT.test(t);

const VERIFY_KEY = 'ProfileVerificationTriggerRef-';

/** 2026 markup: `[componentkey="ProfileVerificationTriggerRef-<slug>"]` wraps the name; asides carry their own slugs. */
function bySlug(doc: Document, slug: string | null): Element | null {
  if (!slug) return null;
  for (const el of Array.from(doc.querySelectorAll(`[componentkey^="${VERIFY_KEY}"]`))) {
    let k = el.getAttribute('componentkey')!.slice(VERIFY_KEY.length);
    try {
      k = decodeURIComponent(k);
    } catch {
      // keep it raw
    }
    if (k.toLowerCase() === slug) return el.querySelector('h1, h2, h3') ?? el;
  }
  return null;
}

function findName(doc: Document, title: string, slug: string | null): Element | null {
  const keyed = bySlug(doc, slug);
  if (keyed && !notAName(text(keyed))) return keyed;
  // 2026 top card without the keyed wrapper: its h2 (linkedin-sdui-2026.html).
  const top = doc.querySelector('section[componentkey$="Topcard"] h2, [data-view-name="profile-top-card"] h2');
  if (top && !isNoise(top) && !notAName(text(top))) return top;
  // Classic and guest views: the one h1 in <main>; degenerate pages: any h1 outside nav/aside.
  const h1s = Array.from(doc.querySelectorAll('h1')).filter((h) => !isNoise(h) && !skipped(h) && !notAName(text(h)));
  const h1 = h1s.find((h) => h.closest('main')) ?? h1s[0];
  if (h1) return h1;
  // Newer markup: the name is an h2 in the top card; it matches <title>, else it is the first h2 before any card heading.
  const h2s = Array.from(doc.querySelectorAll('h2')).filter((h) => !isNoise(h) && !skipped(h) && !notAName(text(h)));
  const byTitle = title && h2s.find((h) => text(h).toLowerCase() === title.toLowerCase());
  if (byTitle) return byTitle;
  const h = h2s[0];
  return h && !Object.values(HEADINGS).some((re) => re.test(text(h))) && text(h).length < 120 ? h : null;
}


/** The vanity slug of a LinkedIn location (`linkedin:jonas-feldmann` → `jonas-feldmann`); member ids have none. */
const slugOf = (loc: ProfileLocation | null): string | null => (loc && !loc.isMemberId ? loc.key.slice(loc.key.indexOf(':') + 1) : null);

/** First line of a hook that is not a badge or count. */
const firstLine = (el: Element | null): string | null => lines(el).find((l) => !CARD_NOISE.test(l)) ?? null;

export interface TopCard {
  /** The guest view's JSON-LD Person, if any. */
  person: Person | null;
  name: string | null;
  headline: string | null;
  /** The section around the name (classic section[data-member-id], guest section.top-card-layout, 2026 Topcard). */
  top: Element | null;
  /** 2026 top card: plain <p>s after the name are headline, "Company · School", location. */
  sdui: boolean;
  /** The location line found by its own hook, if any. */
  hooked: string | null;
  /** Top-card lines after the name that can be headline, company or location (read once, on first call). */
  cardText: () => string[];
}

export function readTopCard(doc: Document, loc: ProfileLocation): TopCard {
  const title = titleName(doc, SITE_TITLE);
  const person = jsonLd(doc);
  const nameEl = findName(doc, title, slugOf(loc));
  const name = text(nameEl) || str(person?.name);
  const top = nameEl?.closest('section') ?? doc.querySelector('section[data-member-id]');
  const sdui = !!top?.matches('section[componentkey$="Topcard"], [data-view-name="profile-top-card"]');

  // Not links (company/school/CTA links), not badges, pronouns, counts, overlays, and holding a letter. Read only
  // when a hook below is missing.
  let after: string[] | undefined;
  const cardText = (): string[] => {
    if (!after) {
      const ls = top ? lineEls(top) : [];
      after = ls
        .slice(ls.findIndex(([, l]) => l === name) + 1)
        .filter(([el, l]) => !el.closest('a') && !isNoise(el) && /[a-z\u00c0-\uffff]/i.test(l) && !CARD_NOISE.test(l) && !notAName(l))
        .map(([, l]) => l);
    }
    return after;
  };

  const hooked = firstLine(
    first(top ?? doc, [
      '.top-card__subline-item', // guest view: first item of the subline is the location
      '.top-card-layout__first-subline', // guest view without subline items (linkedin-guest-no-headline.html)
      '[data-anonymize="location"]', // older logged-in markup
    ]),
  );
  const headline =
    text(
      first(top ?? doc, [
        '[data-generated-suggestion-target]', // classic: the headline div carries the AI-suggestion hook
        '.top-card-layout__headline', // guest view h2 under the name
      ]),
    ) ||
    // No hook: the first line under the name that is not the location (a guest page may have no headline at all).
    cardText().find((l) => l !== hooked) ||
    null;
  return { person, name, headline, top, sdui, hooked, cardText };
}

/** The name as the page shows it (heading, JSON-LD, <title>); null until rendered and on walls. Never from the URL. */
export function readLinkedInName(doc: Document, url: string): string | null {
  if (readWall(doc)) return null;
  const title = titleName(doc, SITE_TITLE);
  const found = orNull(text(findName(doc, title, slugOf(canonicalLinkedIn(pageUrl(doc, url)))))) ?? str(jsonLd(doc)?.name) ?? orNull(title);
  return found && !notAName(found) ? found : null;
}
