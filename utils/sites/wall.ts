/**
 * Sign-up, sign-in and auth walls: pages (at a profile URL or instead of it) that show a form, not a person.
 * Their heading ("Join LinkedIn", "Sign in", "LinkedIn beitreten") must never become a contact's name.
 */
import { clean, text } from './text';

export type WallKind = 'join' | 'signin';

// Whole headings / titles of walls and sign-in overlays, English and German UI.
export const JOIN_TEXT =
  /^(join linkedin|join now|sign up|make the most of your professional life|agree & join|linkedin beitreten|jetzt beitreten|registrieren|jetzt registrieren|mitglied werden|kostenlos registrieren)\b/i;
export const SIGNIN_TEXT =
  /^(sign in|log in|login|welcome back|linkedin login|sign in to view|anmelden|einloggen|willkommen zurück|melden sie sich an)\b/i;

// A person is on the page: the top-card hooks of each markup variant (see linkedin.ts, xing.ts).
const PERSON_HOOKS = [
  'section[componentkey$="Topcard"]', // LinkedIn server-driven 2026 top card
  '[data-view-name="profile-top-card"]', // same, view marker
  'section[data-member-id]', // classic logged-in top card
  '.top-card-layout__title', // public guest view name
  '#XingIdModule', // XING profile
  '[data-qa="malt-profile-display-name"]', // older XING profile
].join(', ');

// Where sign-in overlays and page chrome live: their headings never decide what the page is.
const OVERLAY = 'nav, footer, [role="dialog"], [aria-modal="true"], [class*="modal"]';

const kindOf = (s: string): WallKind | null => (JOIN_TEXT.test(s) ? 'join' : SIGNIN_TEXT.test(s) ? 'signin' : null);

/** The wall this document is, or null when it shows a person (a sign-in overlay over a profile is not a wall). */
export function readWall(doc: Document): WallKind | null {
  try {
    if (doc.querySelector(PERSON_HOOKS)) return null;
    // The page's main heading decides: on a wall it is the wall's ("Join LinkedIn"), elsewhere a name. Without an h1,
    // the first h2 (the German wall names the person's first name in an h2 after its h1). Overlays do not count.
    const heads = (sel: string) => Array.from(doc.querySelectorAll(sel)).filter((h) => !h.closest(OVERLAY) && text(h));
    const h1 = heads('h1')[0];
    if (h1) return kindOf(text(h1));
    for (const h of heads('h2')) {
      const k = kindOf(text(h));
      if (k) return k;
    }
    const hasForm = !!doc.querySelector('input[type="password"], input[type="email"], input[name^="session_"]');
    const title = clean(doc.title).replace(/\s*[|–-]\s*(LinkedIn|XING)\s*$/i, '');
    return hasForm ? kindOf(title) : null;
  } catch {
    return null;
  }
}
