/**
 * XING profile pages (React / XING design system). Class names are styled-components hashes, so the hooks are
 * module ids (`#XingIdModule`, `#ProfileTimelineModule`, …), `data-xds` component names and `data-qa` test ids,
 * with German / English heading text as the fallback.
 * Example URL: https://www.xing.com/profile/Katrin_Hollweg
 */
import type { Education, Experience } from '../schemas/profile';
import { build, type Fields } from './build';
import { canonicalXing } from './canonical';
import { currentOf, education, experience, firstPart, splitEntry } from './entries';
import { first, lines, text } from './text';
import { besideIcon, occupationOf, readName, readXingName, SITE_TITLE, xingIdBox } from './xing-top';
import type { SiteAdapter } from './types';

// Modules, tried in order: module id, then the heading text of the module (German and English UI).
const findModule = (doc: Document, id: string, head: RegExp): Element | null =>
  doc.getElementById(id) ??
  Array.from(doc.querySelectorAll('main h2, main h3'))
    .find((h) => head.test(text(h)))
    ?.closest('section, [id^="Profile"], main > div') ??
  null;

/** Timeline entries of one kind: data-qa says `timeline-work_experience:<id>-entry` / `timeline-school:<id>-entry`. */
function entries(timeline: Element | null, kind: 'work' | 'school'): Element[] {
  if (!timeline) return [];
  const all = Array.from(timeline.querySelectorAll('[data-qa$="-entry"]'));
  return all.filter((e) => {
    const qa = e.getAttribute('data-qa') ?? '';
    const isSchool = /school|education|ausbildung/i.test(qa)
      ? true
      : /work|experience|job/i.test(qa)
        ? false
        : // unknown data-qa: the bucket heading ("Berufserfahrung" / "Ausbildung") decides
          /ausbildung|education/i.test(text(e.closest('[data-qa="bucket"]')?.querySelector('h2, h3')));
    return isSchool === (kind === 'school');
  });
}

/** An entry's lines with the XDS headline first (title for jobs, degree for schools), then org and date. */
const entryLines = (e: Element): string[] => {
  const h = e.querySelector('[data-qa="timeline-headline"]'); // entry title component
  return h ? [text(h), ...lines(e, (c) => c === h)] : lines(e);
};

function read(doc: Document): Partial<Fields> {
  const id = xingIdBox(doc);
  const occupationEl = occupationOf(id);
  const occupation = text(occupationEl);
  const timeline = findModule(doc, 'ProfileTimelineModule', /^(werdegang|lebenslauf|career|cv)$/i);

  const experienceList: Experience[] = [];
  for (const e of entries(timeline, 'work')) {
    const x = splitEntry(entryLines(e));
    if (x) experienceList.push(experience(x, firstPart(x.sub[0])));
  }
  const educationList: Education[] = [];
  for (const e of entries(timeline, 'school')) {
    // XING shows the degree as the entry heading and the school below it.
    const x = splitEntry(entryLines(e), 'end');
    if (x) educationList.push(x.sub[0] ? education(x.sub[0], x.head, x.date) : education(x.head, null, x.date));
  }

  const cur = currentOf(experienceList);
  // No timeline: the occupation line "Role, <strong>Company</strong>" still says what the person does now.
  const company = experienceList.length ? null : text(occupationEl?.querySelector('strong'));
  const about = findModule(doc, 'ProfileAboutMeModule', /^(über mich|about me|about)$/i);
  const aboutHead = about?.querySelector('h2, h3');
  const skills = findModule(doc, 'ProfileSkillsModule', /^(fähigkeiten|skills|kenntnisse)$/i);
  // "Ich biete" / "Ich suche": `#haves` / `#wants` on older pages, else found by heading (EN UI: Haves / Wants).
  const offers = listOf(doc, ['#haves', '[data-qa*="haves"]'], /^(ich biete|haves|i offer|i can offer)$/i);
  const seeks = listOf(doc, ['#wants', '[data-qa*="wants"]'], /^(ich suche|wants|i am looking for|i'm looking for)$/i);

  return {
    name: readName(doc),
    headline: occupation,
    location: text(id && besideIcon(id, 'IconLocationPin')),
    currentRole: cur?.title ?? (company && occupation.endsWith(company) ? occupation.slice(0, -company.length).replace(/(,|\s+(bei|at))?\s*$/i, '') : null),
    currentCompany: cur?.company ?? (company || null),
    about: lines(about, (c) => c === aboutHead).join(' '),
    skills: Array.from(skills?.querySelectorAll('[data-xds="Tag"]') ?? []).map((t) => text(t)), // XDS tag chips; interests use the same chip in another module
    experience: experienceList,
    education: educationList,
    offers,
    seeks,
  };
}

/** The items of a haves / wants list: list items or XDS tags, else its lines split on commas. */
function listOf(doc: Document, hooks: readonly string[], head: RegExp): string[] {
  const box =
    first(doc, hooks) ??
    Array.from(doc.querySelectorAll('h2, h3, h4')).find((h) => head.test(text(h)))?.closest('section, div') ??
    null;
  if (!box) return [];
  const chips = Array.from(box.querySelectorAll('li, [data-xds="Tag"]'));
  const h = box.querySelector('h2, h3, h4');
  return chips.length ? chips.map((c) => text(c)) : lines(box, (c) => c === h).flatMap((l) => l.split(/\s*[,;•·]\s*/));
}

export const xing: SiteAdapter = {
  platform: 'xing',
  detect: canonicalXing,
  parse: (doc, url) => build(doc, url, 'xing', canonicalXing, SITE_TITLE, read),
  readName: readXingName,
};
