/**
 * LinkedIn profile pages. Variants read (each selector list says which hook is for which):
 *  - logged-in classic (Ember) markup: `section[data-member-id]` top card, `div#about|#experience|…` card anchors,
 *    every string twice (aria-hidden visible copy + .visually-hidden copy);
 *  - logged-in newer markup with hashed classes: no section ids, name possibly in an h2, cards found by heading text;
 *  - public guest view: `section[data-section=…]`, top-card-layout, JSON-LD Person;
 *  - English and German UI.
 * Example URLs: https://www.linkedin.com/in/eleanor-whitcombe-3a91b4/ · https://de.linkedin.com/in/mila-kowalczyk-4b21a7231
 */
import type { Education, Experience } from '../schemas/profile';
import { build, type Fields } from './build';
import { canonicalLinkedIn } from './canonical';
import { parseDateLine } from './dates';
import { currentOf, education, experience, firstPart, outermost, ownLines, splitEntry } from './entries';
import { clean, first, lineEls, lines, orNull, skipped, text, titleName } from './text';
import type { ProfileLocation, SiteAdapter } from './types';
import { detectDetails, pageUrl } from './urls';
import { JOIN_TEXT, readWall, SIGNIN_TEXT } from './wall';

type Card = 'about' | 'experience' | 'education' | 'skills';

const KINDS: Card[] = ['about', 'experience', 'education', 'skills'];

// Card hooks per kind, tried in order (`k` is the kind, `s` its guest-view data-section name):
const hooks = (k: Card, s: string): string[] => [
  `[data-view-name="profile-card-${k}"]`, // server-driven 2026 markup: section marker (linkedin-sdui-2026*.html)
  `#${k}`, // classic logged-in: empty anchor div (`div#experience.pv-profile-card__anchor`), first child of the card
  `section[data-section="${s}"]`, // guest view: `section.core-section-container[data-section=…]`
];
const GUEST_NAMES: Record<Card, string> = { about: 'summary', experience: 'experience', education: 'educationsDetails', skills: 'skills' };

// Card heading text, English and German UI: newer markup has no ids, only the heading says what a card is.
const HEADINGS: Record<Card, RegExp> = {
  about: /^(about|info|summary|zusammenfassung)$/i,
  experience: /^(experience|berufserfahrung|erfahrung)$/i,
  education: /^(education|ausbildung|bildung)$/i,
  skills: /^(skills|kenntnisse|kenntnisse und fähigkeiten|fähigkeiten)$/i,
};

// Last resort for cards without ids or readable headings: component attributes that name the card
// (2025-26 server-driven markup: `section[componentkey="…ExperienceTopLevelSection"]`, `data-view-name="profile-card-…"`).
const attrHook = (k: Card): string => `[data-view-name="profile-card-${k}"], section[componentkey*="${k}" i]`;

// Regions that hold other people or the viewer: "More profiles for you", "People also viewed", nav, and sign-in / join
// overlays, which on guest pages sit inside the top card without role=dialog (linkedin-guest-no-headline.html).
const NOISE =
  'aside, nav, footer, noscript, template, form, [role="dialog"], [aria-modal="true"], [data-view-name*="browsemap"], ' +
  '[class*="modal"], [class*="sign-in"], [class*="signin"], [class*="join-form"], [class*="authwall"]';
export const isNoise = (el: Element): boolean => !!el.closest(NOISE) || (!!el.closest('header') && !el.closest('main'));

// Top-card lines that are neither headline nor location: degree badge, pronouns, counts, links, mutual connections.
export const CARD_NOISE =
  /^([·•]\s*)?(1st|2nd|3rd\+?|[123]\.?\+?|premium|verified|verifiziert)$|degree connection|grad(es)? kontakt|^(she|he|they|sie|er|xe|ze)\/\w+$|^[\d.,]+\+?\s*(connections?|followers?|kontakte|follower(:innen)?)|^(contact info|kontaktinfo(rmationen)?)$|mutual connection|gemeinsame kontakte/i;
const TOP_SKILLS = /^top[- ]?(skills|kenntnisse|fähigkeiten)$/i;
const MORE = /^…?\s*(see more|more|mehr anzeigen|mehr)$/i;
export const SITE_TITLE = /\s*(\|\s*)?LinkedIn\s*$/i;

const heading = (el: Element): Element | null => el.querySelector('h1, h2, h3, [role="heading"]');

/** The cards of the page: id anchors, guest data-section, then heading text (one pass), then component attributes. */
function cards(doc: Document): Partial<Record<Card, Element>> {
  const out: Partial<Record<Card, Element>> = {};
  for (const k of KINDS)
    for (const s of hooks(k, GUEST_NAMES[k])) {
      const el = doc.querySelector(s);
      if (el && !isNoise(el)) {
        out[k] = el.tagName === 'SECTION' ? el : (el.closest('section') ?? el.parentElement ?? undefined);
        break;
      }
    }
  if (KINDS.every((k) => out[k])) return out;
  for (const h of Array.from(doc.querySelectorAll('h2, h3, [role="heading"]'))) {
    const t = text(h);
    const k = KINDS.find((c) => !out[c] && HEADINGS[c].test(t));
    if (!k || isNoise(h)) continue;
    let box: Element | null = h.closest('section, [data-view-name="profile-card"]');
    // No section around it: climb until the box holds more than the heading.
    for (let up = h.parentElement, i = 0; !box && up && i < 5; up = up.parentElement, i++)
      if (lines(up).length > 1) box = up;
    if (box) out[k] = box;
  }
  for (const k of KINDS) {
    const el = out[k] ? null : doc.querySelector(attrHook(k));
    if (el && !isNoise(el)) out[k] = el;
  }
  return out;
}

const lca = (els: Element[]): Element | null => {
  let a = els[0]?.parentElement ?? null;
  while (a && !els.every((e) => a!.contains(e))) a = a.parentElement;
  return a;
};

/** Elements whose own text is a date line ("Apr 2021 - Present · 4 yrs"). */
const datedIn = (root: Element): Element[] => lineEls(root).filter(([, l]) => parseDateLine(l)).map(([e]) => e);

/** The children of `box` that hold a date line. */
const datedChildren = (box: Element, dated: Element[]): Element[] =>
  Array.from(box.children).filter((c) => dated.some((d) => c.contains(d)));

/** Entries of a card without list markup (hashed divs): the children of the lowest box holding all date lines. */
function blocks(box: Element): Element[] {
  const dated = datedIn(box);
  if (dated.length > 1) return datedChildren(lca(dated)!, dated);
  // A single dated entry: the child, below the box shared with the card heading, that holds it.
  let e: Element | null = dated[0] ?? null;
  const h = heading(box);
  const top = h && e ? lca([h, e]) : box;
  while (e && e.parentElement !== top) e = e.parentElement;
  return e ? [e] : [];
}

const HEADING_TAGS = /^H[1-6]$/;

/**
 * Entries separated by `hr[role="presentation"]` (server-driven 2026 cards and details pages, linkedin-sdui-2026.html,
 * linkedin-details-experience.html): the nodes between two rules are one entry. There `li` only marks the nested
 * roles of a multi-role company, so this must be tried before list items.
 */
export function segments(box: Element): Element[] | null {
  const hr = Array.from(box.querySelectorAll('hr[role="presentation"]')).find((h) => !isNoise(h));
  const list = hr?.parentElement;
  if (!list) return null;
  const out: Element[] = [];
  let cur: Element[] = [];
  const flush = () => {
    if (cur.length === 1) out.push(cur[0]!);
    else if (cur.length > 1) {
      // Several siblings make one entry: read them together from a detached copy.
      const d = box.ownerDocument.createElement('div');
      for (const el of cur) d.append(el.cloneNode(true));
      out.push(d);
    }
    cur = [];
  };
  for (let c = list.firstElementChild; c; c = c.nextElementSibling) {
    if (c.localName === 'hr') flush();
    else if (!HEADING_TAGS.test(c.tagName) && !skipped(c)) cur.push(c);
  }
  flush();
  return out;
}

/** Top-level entries of a card: hr-separated segments; list items not inside another item; entity wrappers; dated blocks. */
function items(box: Element | undefined): Element[] {
  if (!box) return [];
  const segs = segments(box);
  if (segs) return segs;
  const lis = Array.from(box.querySelectorAll('li')).filter((li) => !li.parentElement?.closest('li'));
  if (lis.length) return lis;
  const entities = Array.from(box.querySelectorAll('[data-view-name="profile-component-entity"]')); // classic wrapper
  return entities.length ? outermost(entities) : blocks(box);
}

/** Roles grouped under one company: nested items (or blocks) that carry their own date line, and the group header. */
function grouped(item: Element): { roles: Element[]; header: string[] } | null {
  const nested = Array.from(item.querySelectorAll('li'));
  if (nested.length) {
    // textContent first: reading it creates no wrappers for the description markup we then skip.
    const lis = outermost(nested.filter((li) => /\d{4}/.test(li.textContent ?? '') && splitEntry(ownLines(li))?.dateText));
    return lis.length ? { roles: lis, header: ownLines(item) } : null;
  }
  const dated = datedIn(item);
  if (dated.length < 2) return null;
  const box = lca(dated)!;
  return { roles: datedChildren(box, dated), header: lines(item, (el) => el === box) };
}

interface Person {
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

const str = (v: unknown): string | null => (typeof v === 'string' || typeof v === 'number' ? orNull(String(v)) : null);
const list = (v: unknown): Record<string, unknown>[] =>
  (Array.isArray(v) ? v : v ? [v] : []).filter((x): x is Record<string, unknown> => !!x && typeof x === 'object');

/** A wall's or an overlay's heading ("Join LinkedIn", "Sign in to view …"): never a person's name. */
const notAName = (t: string): boolean => !t || t.length > 120 || JOIN_TEXT.test(t) || SIGNIN_TEXT.test(t);

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

/** The text line just before the "Contact info" link: that is where LinkedIn puts the location. */
function lineBefore(link: Element, box: Element | null, skip: (string | null)[]): string | null {
  const label = text(link);
  for (let el = link.parentElement, i = 0; el && i < 4; el = el.parentElement, i++) {
    const ls = lines(el);
    const at = ls.findIndex((l) => l.includes(label));
    const prev = ls.slice(0, at < 0 ? 0 : at).filter((l) => /[a-z\u00c0-\uffff]/i.test(l) && !CARD_NOISE.test(l) && !skip.includes(l)).pop();
    if (prev) return prev;
    if (el === box) break;
  }
  return null;
}

export function readExperience(box: Element | undefined): Experience[] {
  const out: Experience[] = [];
  for (const item of items(box)) {
    const g = grouped(item);
    if (g) {
      const company = firstPart(g.header[0]);
      for (const r of g.roles) {
        const e = splitEntry(ownLines(r));
        if (e) out.push(experience(e, company));
      }
    } else {
      const e = splitEntry(ownLines(item));
      if (e) out.push(experience(e, firstPart(e.sub[0])));
    }
  }
  return out;
}

export function readEducation(box: Element | undefined): Education[] {
  const out: Education[] = [];
  for (const item of items(box)) {
    const e = splitEntry(ownLines(item), 'end');
    if (e) out.push(education(e.head, e.sub.join(', ') || null, e.date));
  }
  return out;
}

function readAbout(box: Element | undefined): { about: string | null; top: string[] } {
  if (!box) return { about: null, top: [] };
  const h = heading(box);
  const ls = lines(box, (el) => el === h).filter((l) => !MORE.test(l));
  const at = ls.findIndex((l) => TOP_SKILLS.test(l));
  // 2026 markup: the About text has its own hook; the "Top skills" block is a sibling of it.
  const box2026 = box.querySelector('[data-testid="expandable-text-box"]');
  const body = box2026 ? [text(box2026)] : at < 0 ? ls : ls.slice(0, at);
  const top = at < 0 ? [] : (ls[at + 1] ?? '').split(/\s+[•·|]\s+/);
  return { about: body.join(' '), top };
}

// Lines in a skills card that are not skills: endorsements, "3 experiences across …", "Show all 27 skills".
const SKILL_NOISE = /endorse|bestätig|empfehl|experiences? across|erfahrungen (bei|in)|\s(at|bei)\s|^show all|anzeigen$|^\d+ /i;

export function readSkills(doc: Document, box: Element | undefined): string[] {
  // Classic: each skill name is a link with this data-field (the endorsement links under it have other fields).
  const links = Array.from((box ?? doc).querySelectorAll('[data-field="skill_card_skill_topic"]')).filter((a) => !isNoise(a));
  if (links.length) return links.map((a) => lines(a)[0] ?? '');
  // hr-separated entries (2026 markup) or list markup: the first line of each entry is the skill; endorsements and
  // "N experiences" come after it.
  const segs = box && segments(box);
  if (segs) return segs.map((e) => lines(e)[0] ?? '');
  const lis = box ? Array.from(box.querySelectorAll('li')).filter((li) => !li.parentElement?.closest('li')) : [];
  if (lis.length) return lis.map((li) => ownLines(li)[0] ?? '');
  // Plain blocks: every line under the heading that is not an endorsement or a link label.
  const h = box && heading(box);
  return lines(box, (el) => el === h || el.tagName === 'A' && /show all|alle/i.test(text(el))).filter((l) => !SKILL_NOISE.test(l));
}

/** The vanity slug of a LinkedIn location (`linkedin:jonas-feldmann` → `jonas-feldmann`); member ids have none. */
const slugOf = (loc: ProfileLocation | null): string | null => (loc && !loc.isMemberId ? loc.key.slice(loc.key.indexOf(':') + 1) : null);

/** First line of a hook that is not a badge or count. */
const firstLine = (el: Element | null): string | null => lines(el).find((l) => !CARD_NOISE.test(l)) ?? null;

function read(doc: Document, loc: ProfileLocation): Partial<Fields> {
  const title = titleName(doc, SITE_TITLE);
  const person = jsonLd(doc);
  const nameEl = findName(doc, title, slugOf(loc));
  const name = text(nameEl) || str(person?.name);
  // Top card: the section around the name (classic section[data-member-id], guest section.top-card-layout, 2026
  // section[componentkey$="Topcard"]).
  const top = nameEl?.closest('section') ?? doc.querySelector('section[data-member-id]');
  // 2026 top card: plain <p>s after the name are headline, "Company · School", location.
  const sdui = !!top?.matches('section[componentkey$="Topcard"], [data-view-name="profile-top-card"]');

  // Top-card lines after the name that can be headline or location: not links (company/school/CTA links),
  // not badges, pronouns, counts, overlays, and holding a letter. Read only when a hook below is missing.
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

  const contact = first(top ?? doc, [
    '#top-card-text-details-contact-info', // classic: "Contact info" link id
    'a[href*="/overlay/contact-info"]', // any markup: the contact-info overlay link sits right after the location
  ]);
  const byContact = contact && !isNoise(contact) ? lineBefore(contact, top, [name, headline]) : null;
  // 2026: the "Company · School" line between headline and location (without a contact link: only a "·" line).
  const all = cardText();
  const hi = headline ? all.indexOf(headline) : -1;
  const li = byContact ? all.indexOf(byContact) : -1;
  const companyLine =
    hi < 0 ? undefined : all.slice(hi + 1, li > hi ? li : hi + 2).find((l) => / · /.test(l) || (sdui && li > hi));
  const rest = all.filter((l) => l !== companyLine);
  const location =
    (byContact !== companyLine ? byContact : null) ||
    hooked ||
    // No hook: the line after the headline (guest and classic markup both put the location there).
    (headline && rest.includes(headline) ? rest[rest.indexOf(headline) + 1] : null) ||
    str([person?.address?.addressLocality, person?.address?.addressCountry].map(str).filter(Boolean).join(', '));

  const box = cards(doc);
  const experienceList = readExperience(box.experience);
  let educationList = readEducation(box.education);
  // Guest view without an education card: JSON-LD alumniOf carries school and years.
  if (!educationList.length)
    educationList = list(person?.alumniOf).flatMap((s) => {
      const school = str(s.name);
      const m = (s.member ?? {}) as { startDate?: unknown; endDate?: unknown };
      return school ? [education(school, null, { start: str(m.startDate), end: str(m.endDate), current: false })] : [];
    });

  const cur = currentOf(experienceList);
  let currentRole = cur?.title ?? null;
  let currentCompany = cur?.company ?? null;
  const topCompany = firstPart(companyLine);
  if (!experienceList.length) {
    // No experience card read: the top card's "Current company" button, then JSON-LD jobTitle / worksFor.
    const btn = (top ?? doc).querySelector('[aria-label^="Current company:" i], [aria-label^="Aktuelles Unternehmen:" i]');
    currentCompany = clean(btn?.getAttribute('aria-label')?.replace(/^[^:]*:\s*/, '').split(/\.\s/)[0]) || null;
    currentCompany ??= topCompany;
    currentCompany ??= str(list(person?.worksFor).find((o) => !(o.member as { endDate?: unknown })?.endDate)?.name);
    currentRole = str(([] as unknown[]).concat(person?.jobTitle ?? [])[0]);
  }

  const about = readAbout(box.about);
  return {
    name,
    headline,
    location,
    currentRole,
    currentCompany,
    about: about.about,
    skills: [...about.top, ...readSkills(doc, box.skills)],
    experience: experienceList,
    education: educationList,
  };
}

/** The name as the page shows it (heading, JSON-LD, <title>); null until rendered and on walls. Never from the URL. */
function readName(doc: Document, url: string): string | null {
  if (readWall(doc)) return null;
  const title = titleName(doc, SITE_TITLE);
  const found = orNull(text(findName(doc, title, slugOf(canonicalLinkedIn(pageUrl(doc, url)))))) ?? str(jsonLd(doc)?.name) ?? orNull(title);
  return found && !notAName(found) ? found : null;
}

export const linkedin: SiteAdapter = {
  platform: 'linkedin',
  // Details pages (`/in/x/details/skills/`) belong to a profile but are not one: parseDetails reads them.
  detect: (url) => (detectDetails(url) ? null : canonicalLinkedIn(url)),
  parse: (doc, url) => build(doc, url, 'linkedin', canonicalLinkedIn, SITE_TITLE, read),
  readName: (doc, url) => {
    try {
      return readName(doc, url);
    } catch {
      return null;
    }
  },
};
