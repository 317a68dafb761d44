/**
 * Reading text from a profile page the way a person sees it (innerText-like), without layout.
 * Runs in the content script: no dependencies, no innerHTML, one pass per call.
 */

/** Collapse whitespace runs to one space and trim. U+FEFF is kept: it is a zero-width char, not a space. */
export const clean = (s: string | null | undefined): string => (s ?? '').replace(/[^\S\uFEFF]+/g, ' ').trim();

/** Non-empty cleaned text, else null. */
export const orNull = (s: string | null | undefined): string | null => clean(s) || null;

const tags = (s: string): Set<string> => new Set(s.split(' '));
// Layout boxes: innerText separates them, so "<p>a</p><p>b</p>" reads "a b", not "ab".
const BLOCK = tags('address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul');
// Never rendered as text, or controls whose labels ("…see more", "Premium") are not profile data.
const SKIP = tags('script style template noscript svg img button input select textarea iframe object head');
// Screen-reader copies: LinkedIn renders each string twice, the visible copy is the aria-hidden one.
const SR_CLASSES = ['visually-hidden', 'a11y-text', 'sr-only', 'screen-reader-text'];

/** A screen-reader twin whose class is hashed: a span next to an aria-hidden span with the same start. */
const isTwin = (el: Element): boolean => {
  if (el.localName !== 'span' || el.getAttribute('aria-hidden') === 'true') return false;
  for (const sib of [el.previousElementSibling, el.nextElementSibling]) {
    if (sib?.localName !== 'span' || sib.getAttribute('aria-hidden') !== 'true') continue;
    const a = clean(sib.textContent).toLowerCase();
    const b = clean(el.textContent).toLowerCase();
    if (a.length > 1 && a.slice(0, 4) === b.slice(0, 4)) return true;
  }
  return false;
};

/** Elements whose text is not what the visitor reads. Plain string checks: this runs for every element walked. */
export function skipped(el: Element): boolean {
  if (SKIP.has(el.localName) || el.hasAttribute('hidden')) return true;
  const c = el.getAttribute('class');
  if (c && SR_CLASSES.some((x) => c.includes(x))) return true;
  const st = el.getAttribute('style');
  return (!!st && /display:\s*none/.test(st)) || isTwin(el);
}

type Line = [Element, string];
export type Stop = (el: Element) => boolean;

// Not rendered at all, even when nothing else is left to read.
const NEVER = tags('script style template noscript svg head');

function collect(el: Element, out: string[], skip: (el: Element) => boolean): void {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) out.push((n as Text).data);
    else if (n.nodeType === 1) {
      const c = n as Element;
      if (skip(c)) continue;
      const block = BLOCK.has(c.localName);
      if (block) out.push(' ');
      collect(c, out, skip);
      if (block) out.push(' ');
    }
  }
}

const join = (el: Element, skip: (el: Element) => boolean): string => {
  const out: string[] = [];
  collect(el, out, skip);
  return clean(out.join(''));
};

/**
 * Visible text of an element: screen-reader copies, scripts and buttons left out, boxes and <br> as spaces.
 * Falls back to the raw text when everything was hidden, so a page that only has the hidden copy still reads.
 */
export function text(el: Element | null | undefined, stop?: Stop): string {
  if (!el) return '';
  return join(el, (c) => skipped(c) || !!stop?.(c)) || (stop ? '' : join(el, (c) => NEVER.has(c.localName)));
}

/**
 * The text lines of a subtree with the element holding each: each lowest element that holds its own text is one
 * line (`<span>Apr 2021</span>` → one line; `<p>Leiterin, <strong>Firma</strong></p>` → one line).
 * `stop` prunes subtrees (nested lists, headings) so callers can read an entry's own lines.
 */
export function lineEls(root: Element | null | undefined, stop?: Stop): Line[] {
  const out: Line[] = [];
  const walk = (el: Element): void => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3 && /\S/.test((n as Text).data)) {
        const t = text(el, stop);
        if (t) out.push([el, t]);
        return;
      }
    }
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (!skipped(c) && !stop?.(c)) walk(c);
  };
  if (root) walk(root);
  return out;
}

/** Just the lines of {@link lineEls}. */
export const lines = (root: Element | null | undefined, stop?: Stop): string[] => lineEls(root, stop).map((x) => x[1]);

/** First element matching any selector, tried in order (the arrays next to each use say which markup each is for). */
export function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    const el = root.querySelector(s);
    if (el) return el;
  }
  return null;
}

/** Ordered, case-insensitively de-duplicated, non-empty strings. */
export function unique(items: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of items) {
    const s = clean(raw);
    const k = s.toLowerCase();
    if (s && !seen.has(k)) {
      seen.add(k);
      out.push(s);
    }
  }
  return out;
}

/**
 * A readable name from a URL slug, for pages that show nothing else:
 * `jonas-feldmann` → `Jonas Feldmann`, `eleanor-whitcombe-3a91b4` → `Eleanor Whitcombe`, `Katrin_Hollweg2` → `Katrin Hollweg`.
 */
export function nameFromSlug(slug: string): string {
  let s = slug;
  try {
    s = decodeURIComponent(slug);
  } catch {
    // keep the raw slug
  }
  const words = s
    .split(/[-_.\s]+/)
    .map((w) => w.replace(/\d+$/, ''))
    .filter((w) => w && !/\d/.test(w));
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

/** `<title>` without the notification count and site suffix: `(2) Eleanor Whitcombe | LinkedIn` → `Eleanor Whitcombe`. */
export const titleName = (doc: Document, site: RegExp): string =>
  clean(doc.title)
    .replace(/^\(\d+\+?\)\s*/, '')
    .replace(site, '')
    .split(/ [-–|] /)[0]!
    .trim();
