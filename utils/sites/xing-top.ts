/**
 * The top of a XING profile page: the person's name and occupation line. Split from the rest of the reader (xing.ts)
 * because the content script needs only this before the page has loaded (the shell, utils/content/shell-preview.ts).
 */
import { first, orNull, text, titleName } from './text';

export const SITE_TITLE = /\s*(\|\s*)?XING\s*$/i;

/** The hero box of the profile (`#XingIdModule`), else the page's main content. */
export const xingIdBox = (doc: Document): Element | null => doc.getElementById('XingIdModule') ?? doc.querySelector('main') ?? doc.body;

/** The text next to an XDS icon (occupation next to IconJobs, location next to IconLocationPin). */
export function besideIcon(root: ParentNode, icon: string): Element | null {
  let el = root.querySelector(`[data-xds="${icon}"]`)?.parentElement ?? null;
  for (let i = 0; el && i < 3 && !text(el); i++) el = el.parentElement;
  return el;
}

/** The occupation line beside the IconJobs icon ("Role, <strong>Company</strong>"): XING's headline. */
export const occupationOf = (id: Element | null): Element | null => id && besideIcon(id, 'IconJobs');

/** The hero heading's own text: the name without its badges. */
export function readName(doc: Document): string {
  const h1 = first(doc, [
    'h1[data-xds="Hero"]', // 2023-2025 profile: the hero headline; a "Premium" flag button sits inside it
    '[data-qa="malt-profile-display-name"]', // older profile: the name's own test id (xing-profile-haves-wants.html)
    '#XingIdModule h1', // same module, other heading component
    'main h1',
  ]);
  if (!h1) return '';
  // The h1's own text nodes are the name; badges are nested elements.
  const own = Array.from(h1.childNodes)
    .filter((n) => n.nodeType === 3)
    .map((n) => n.textContent)
    .join(' ');
  return own.trim() ? own : text(h1);
}

/** The name as the page shows it (hero heading, then <title>); null until rendered. */
export function readXingName(doc: Document): string | null {
  try {
    return orNull(readName(doc)) ?? orNull(titleName(doc, SITE_TITLE));
  } catch {
    return null;
  }
}
