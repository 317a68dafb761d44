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
import { CARD_NOISE, type Card, HEADINGS, isNoise, list, readLinkedInName, readTopCard, SITE_TITLE, str } from './linkedin-top-card';
import { clean, first, lineEls, lines, skipped, text } from './text';
import type { ProfileLocation, SiteAdapter } from './types';
import { detectDetails } from './urls';

export { CARD_NOISE, isNoise, SITE_TITLE } from './linkedin-top-card';

const KINDS: Card[] = ['about', 'experience', 'education', 'skills'];

// Card hooks per kind, tried in order (`k` is the kind, `s` its guest-view data-section name):
const hooks = (k: Card, s: string): string[] => [
  `[data-view-name="profile-card-${k}"]`, // server-driven 2026 markup: section marker (linkedin-sdui-2026*.html)
  `#${k}`, // classic logged-in: empty anchor div (`div#experience.pv-profile-card__anchor`), first child of the card
  `section[data-section="${s}"]`, // guest view: `section.core-section-container[data-section=…]`
];
const GUEST_NAMES: Record<Card, string> = { about: 'summary', experience: 'experience', education: 'educationsDetails', skills: 'skills' };

// Last resort for cards without ids or readable headings: component attributes that name the card
// (2025-26 server-driven markup: `section[componentkey="…ExperienceTopLevelSection"]`, `data-view-name="profile-card-…"`).
const attrHook = (k: Card): string => `[data-view-name="profile-card-${k}"], section[componentkey*="${k}" i]`;

const TOP_SKILLS = /^top[- ]?(skills|kenntnisse|fähigkeiten)$/i;
const MORE = /^…?\s*(see more|more|mehr anzeigen|mehr)$/i;

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

function read(doc: Document, loc: ProfileLocation): Partial<Fields> {
  const { person, name, headline, top, sdui, hooked, cardText } = readTopCard(doc, loc);

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

export const linkedin: SiteAdapter = {
  platform: 'linkedin',
  // Details pages (`/in/x/details/skills/`) belong to a profile but are not one: parseDetails reads them.
  detect: (url) => (detectDetails(url) ? null : canonicalLinkedIn(url)),
  parse: (doc, url) => build(doc, url, 'linkedin', canonicalLinkedIn, SITE_TITLE, read),
  readName: (doc, url) => {
    try {
      return readLinkedInName(doc, url);
    } catch {
      return null;
    }
  },
};
