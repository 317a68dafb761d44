/**
 * People listed on a page: LinkedIn people search, My Network suggestions, a company's people, a profile's
 * "People also viewed" / "More profiles for you" aside, XING member search. Read from profile links, not from card
 * classes: a card is the largest box around a person's link that holds no one else's link, and its lines after the
 * name are headline, then location. Not people: the viewer (nav), "LinkedIn Member" cards (no link), people named
 * in mutual-connection lines, ads.
 */
// Only URL and text helpers, no site parser: the content script reads list pages itself (issue 16, ≤ 25 kB with it).
import { canonicalProfile } from './canonical';
import { CARD_NOISE } from './linkedin-top-card';
import { clean, lines, text } from './text';
import type { ProfileLocation } from './types';
import { detectDetails, detectPeopleList, pageUrl } from './urls';

export interface ListedPerson {
  platform: 'linkedin' | 'xing';
  key: string;
  url: string;
  name: string;
  headline: string | null;
  location: string | null;
}

const PERSON_LINK = 'a[href*="/in/"], a[href*="/profile/"]';
// Boxes that are one card on the list pages seen so far; the climb stops there even when nothing else is around.
const CARD = [
  'li',
  'article',
  '[data-view-name="search-entity-result-universal-template"]', // people search 2025-26 (linkedin-search-people.html)
  '[data-chameleon-result-urn]', // same, result wrapper
  '[data-view-name="cohort-card"]', // My Network suggestions (linkedin-mynetwork-grow.html)
  '[data-qa="search-result-card"]', // XING search (xing-search.html)
].join(', ');
// Asides of a profile that list other people (linkedin-sdui-2026*.html, linkedin-guest-no-headline.html).
const ASIDES = '[data-view-name*="browsemap"], [componentkey*="rowsemap"]';
const ASIDE_HEADING =
  /^(people also viewed|more profiles for you|people you may know|weitere profile für sie|andere sahen sich auch|personen, die sie kennen könnten|ähnliche profile)$/i;

const MUTUAL = /mutual|gemeinsame|gemeinsamer/i;
const AD = /^(promoted|sponsored|ad|anzeige|gesponsert|werbung)$/i;
// Lines that are neither headline nor location: card reasons, link labels, search snippets.
const LINE_NOISE =
  /^(view .+profile|profil von .+ anzeigen|based on|because you|aufgrund|weil sie|status is|current:|past:|aktuell:|früher:|summary:|skills:|kenntnisse:)|mutual|gemeinsame|follower|^(connect|follow|message|vernetzen|folgen|nachricht|kontaktieren)$/i;
const MEMBER = /^(linkedin member|linkedin[- ]mitglied|xing[- ]mitglied)$/i;

/** Own text of an element (not of its children): "<p><a>X</a> and 3 other mutual connections</p>" → " and 3 …". */
const ownText = (el: Element | null): string =>
  el ? Array.from(el.childNodes).filter((n) => n.nodeType === 3).map((n) => n.textContent).join(' ') : '';

/** A link inside a "X and 3 other mutual connections" line names someone else, not the card's person. */
const isMutual = (a: Element): boolean => MUTUAL.test(text(a)) || MUTUAL.test(ownText(a.parentElement));

/** The key of the profile page `url` is (what the adapters' detect() accepts: not a profile's details page). */
const profileKey = (url: string): string | undefined => (detectDetails(url) ? undefined : canonicalProfile(url)?.key);

function roots(doc: Document, url: string): Element[] {
  if (detectPeopleList(url)) {
    const main = doc.querySelector('main') ?? doc.body;
    return main ? [main] : [];
  }
  if (!profileKey(url) && !detectDetails(url)) return [];
  const boxes = Array.from(doc.querySelectorAll(ASIDES));
  for (const h of Array.from(doc.querySelectorAll('h2, h3'))) {
    const box = ASIDE_HEADING.test(text(h)) ? h.closest('section, aside') : null;
    if (box) boxes.push(box);
  }
  return boxes.filter((b) => !boxes.some((o) => o !== b && o.contains(b)));
}

interface Candidate {
  a: Element;
  loc: ProfileLocation;
}

/** Read the people a page lists, in page order, once each. Never throws. */
export function readPeople(doc: Document, url: string): ListedPerson[] {
  try {
    const page = pageUrl(doc, url);
    const own = profileKey(page) ?? detectDetails(page)?.key;
    const rs = roots(doc, page);
    const cands: Candidate[] = [];
    for (const r of rs)
      for (const a of Array.from(r.querySelectorAll(PERSON_LINK))) {
        if (a.closest('nav, header, footer, [role="dialog"]') || isMutual(a)) continue;
        let href: string;
        try {
          href = new URL(a.getAttribute('href') ?? '', page).href;
        } catch {
          continue;
        }
        const loc = canonicalProfile(href);
        if (loc && loc.key !== own) cands.push({ a, loc });
      }
    const out: ListedPerson[] = [];
    const seen = new Set<string>();
    for (const c of cands) {
      if (seen.has(c.loc.key)) continue;
      const person = readCard(c, cands, rs);
      if (person === 'skip') seen.add(c.loc.key);
      else if (person && out.length < 200) {
        seen.add(c.loc.key);
        out.push(person);
      }
    }
    return out;
  } catch {
    return [];
  }
}

/** The card around one person's link, and what it says. 'skip' for ads; null when no name could be read. */
function readCard({ a, loc }: Candidate, cands: readonly Candidate[], rs: readonly Element[]): ListedPerson | 'skip' | null {
  const others = (el: Element) => cands.some((o) => o.loc.key !== loc.key && el.contains(o.a));
  let card: Element = a;
  for (let p = a.parentElement; p && !rs.includes(p) && p.localName !== 'body'; p = p.parentElement) {
    if (others(p)) break;
    card = p;
    if (p.matches(CARD)) break;
  }
  // Entries side by side without a box each (hr-separated asides): the siblings after it, up to the next person.
  const parts = [card];
  if (!card.matches(CARD))
    for (let s = card.nextElementSibling; s && s.localName !== 'hr' && !others(s) && !s.contains(a); s = s.nextElementSibling) parts.push(s);
  if (parts.some((p) => p.hasAttribute('data-qa-ad') || lines(p).some((l) => AD.test(l)))) return 'skip';

  // The name: the first line of one of the person's links (the photo link has none).
  let name = '';
  for (const l of cands)
    if (l.loc.key === loc.key && parts.some((p) => p.contains(l.a))) {
      name = lines(l.a).find((x) => !CARD_NOISE.test(x) && !LINE_NOISE.test(x)) ?? '';
      if (name) break;
    }
  name = clean(name);
  if (!name || name.length > 100 || MEMBER.test(name)) return null;
  const ls = parts.flatMap((p) => lines(p));
  const rest = ls.slice(ls.indexOf(name) + 1).filter((l) => l !== name && /\p{L}/u.test(l) && !CARD_NOISE.test(l) && !LINE_NOISE.test(l));
  const location = rest[1] && rest[1].length <= 80 && !rest[1].includes(' | ') ? rest[1] : null;
  // Bounded like everything that leaves the tab: a card with an essay for a headline is cut, not refused.
  const cut = (x: string | null | undefined) => (x ? x.slice(0, 300) : null);
  return { platform: loc.platform, key: loc.key, url: loc.url, name, headline: cut(rest[0]), location: cut(location) };
}
