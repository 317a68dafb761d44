/**
 * Property-based tests: parse() never throws and always returns a valid Profile, whatever the page holds;
 * canonicalisation gives one key per person for every URL form.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';

import { ProfileSchema } from '../../utils/schemas/profile';
import { adapters, parseProfile, readWall } from '../../utils/sites';
import { canonicalLinkedIn, canonicalXing } from '../../utils/sites/canonical';
import { clean } from '../../utils/sites/text';
import { docFrom, expectedFiles, fixtureHtml, loadExpected } from './helpers';

// Hundreds of generated pages per property: on a loaded 2-core machine one property can take several seconds.
vi.setConfig({ testTimeout: 30_000 });

const FIXTURES = expectedFiles().map((f) => loadExpected(f));
const URLS = ['https://www.linkedin.com/in/jonas-feldmann/', 'https://www.xing.com/profile/Katrin_Hollweg'];

/** Parse with every adapter; each result must be a schema-valid Profile. */
function parsesCleanly(doc: Document, url?: string): void {
  for (const u of url ? [url] : URLS) {
    const p = parseProfile(doc, u);
    // A wall ("Sign in", "Join LinkedIn" as the page's heading) is no person: no profile, by design.
    if (p === null && readWall(doc)) continue;
    const r = ProfileSchema.safeParse(p);
    if (!r.success) throw new Error(`invalid profile for ${u}: ${r.error.message}\n${JSON.stringify(p)}`);
  }
  for (const a of adapters) expect(ProfileSchema.safeParse(a.parse(doc, 'https://www.linkedin.com/feed/')).success).toBe(true);
}

// Markup built from the hooks the parsers look for, so random pages exercise the real code paths.
const words = fc.constantFrom(
  'About', 'Experience', 'Education', 'Skills', 'Info', 'Berufserfahrung', 'Ausbildung', 'Kenntnisse', 'Top skills',
  'Top-Kenntnisse', 'Apr 2021 - Present · 4 yrs', '2019 - 2022', '9 Jahre, seit 03/2015', 'Jan. 2018–Heute', 'Present',
  'Contact info', 'Full-time · 2 yrs', 'A • B • C', '(2) Name | LinkedIn', '1066 - 9999', ' ', '', '&lt;b&gt;', '\u200b', '👩‍💻',
);
const tags = fc.constantFrom(
  'div', 'span', 'p', 'section', 'main', 'aside', 'header', 'nav', 'h1', 'h2', 'h3', 'ul', 'li', 'a', 'button', 'strong',
  'time', 'br', 'img', 'script', 'noscript', 'template', 'svg', 'title', 'table', 'td',
);
const attrs = fc.constantFrom(
  '', ' id="about"', ' id="experience"', ' id="education"', ' id="skills"', ' aria-hidden="true"', ' class="visually-hidden"',
  ' data-section="experience"', ' data-section="summary"', ' data-section="educationsDetails"', ' data-xds="Hero"',
  ' data-xds="Tag"', ' data-xds="IconJobs"', ' data-xds="Meta"', ' data-qa="timeline-work_experience:1-entry"',
  ' data-qa="timeline-school:2-entry"', ' data-qa="bucket"', ' data-qa="timeline-headline"', ' id="XingIdModule"',
  ' id="ProfileTimelineModule"', ' id="ProfileSkillsModule"', ' id="ProfileAboutMeModule"',
  ' data-field="skill_card_skill_topic"', ' data-view-name="profile-component-entity"', ' data-view-name="profile-card"',
  ' href="/in/x/overlay/contact-info/"', ' id="top-card-text-details-contact-info"', ' aria-label="Current company: X. Go"',
  ' hidden', ' role="dialog"', ' data-member-id="1"', ' data-generated-suggestion-target="x"', ' componentkey="xExperience"',
  ' style="display:none"', ' role="heading"',
);
const { node } = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(words, fc.string({ maxLength: 12 })),
    fc
      .tuple(tags, attrs, attrs, fc.array(tie('node'), { maxLength: 5 }))
      .map(([t, a, b, kids]) => `<${t}${a}${b}>${(kids as string[]).join('')}</${t}>`),
  ),
}));
const jsonLd = fc
  .oneof(fc.json(), fc.constant('{"@type":"Person","name":"X","jobTitle":[3],"worksFor":[null,{"name":1}],"alumniOf":{"name":"U","member":{"startDate":"abc"}}}'), fc.string())
  .map((j) => `<script type="application/ld+json">${j}</script>`);
const page = fc
  .tuple(fc.option(jsonLd), fc.array(node, { maxLength: 8 }))
  .map(([ld, body]) => `<!DOCTYPE html><html><head><title>(2) Someone | LinkedIn</title>${ld ?? ''}</head><body>${body.join('')}</body></html>`);

describe('parse never throws and always returns a valid Profile', () => {
  it('on random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => parsesCleanly(docFrom(s))), { numRuns: 150 });
  });

  it('on random pages built from the hooks the parsers use', () => {
    fc.assert(fc.property(page, (html) => parsesCleanly(docFrom(html))), { numRuns: 300 });
  });

  it.each(FIXTURES.map((f) => [f.fixture, f.url]))('on %s truncated at random offsets', (file, url) => {
    const html = fixtureHtml(file);
    fc.assert(fc.property(fc.nat({ max: html.length }), (n) => parsesCleanly(docFrom(html.slice(0, n)), url)), { numRuns: 25 });
  });

  it.each(FIXTURES.map((f) => [f.fixture, f.url]))('on %s with random elements removed', (file, url) => {
    const html = fixtureHtml(file);
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: 2000 }), { maxLength: 40 }), (picks) => {
        const doc = docFrom(html);
        const all = Array.from(doc.body.querySelectorAll('*'));
        for (const i of picks) all[i % all.length]?.remove();
        parsesCleanly(doc, url);
      }),
      { numRuns: 25 },
    );
  });
});

describe('text comes back as text', () => {
  it('any name in the h1 is returned as shown (whitespace collapsed), never interpreted', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), (name) => {
        fc.pre(clean(name) !== '');
        const doc = docFrom('<main><section><h1></h1></section></main>');
        doc.querySelector('h1')!.textContent = name;
        expect(parseProfile(doc, 'https://www.linkedin.com/in/x-y/')!.name).toBe(clean(name));
      }),
      { numRuns: 200 },
    );
  });
});

describe('canonicalisation', () => {
  const slug = fc.stringMatching(/^[a-z][a-z0-9-]{1,30}[a-z0-9]$/);
  const host = fc.constantFrom('www.', '', 'de.', 'uk.', 'in.', 'fr.');
  const suffix = fc.constantFrom('', '/', '/en/', '/de', '/details/experience/', '/overlay/contact-info/', '?trk=x', '/?originalSubdomain=de', '#about', '/?locale=de_DE');

  it('every form of a LinkedIn URL gives one key, and the canonical URL maps back to it', () => {
    fc.assert(
      fc.property(slug, host, suffix, fc.constantFrom('http', 'https'), fc.boolean(), (s, h, suf, scheme, upper) => {
        const loc = canonicalLinkedIn(`${scheme}://${h}linkedin.com/in/${upper ? s.toUpperCase() : s}${suf}`);
        expect(loc?.key).toBe(`linkedin:${s}`);
        expect(canonicalLinkedIn(loc!.url)).toEqual(loc);
      }),
    );
  });

  it('percent-encoded and raw non-ASCII slugs give the same key', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zäöüéèçøåß]{2,12}-[a-z0-9]{2,8}$/), (s) => {
        const a = canonicalLinkedIn(`https://www.linkedin.com/in/${encodeURIComponent(s)}/`);
        const b = canonicalLinkedIn(`https://www.linkedin.com/in/${s}`);
        expect(a).toEqual(b);
        expect(a?.key).toBe(`linkedin:${s.normalize('NFC')}`);
        expect(canonicalLinkedIn(a!.url)).toEqual(a);
      }),
    );
  });

  it('XING: case-insensitive key, sub-paths and query dropped, canonical URL maps back', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z][a-z]{1,10}_[A-Z][a-z]{1,10}[0-9]{0,2}$/), fc.constantFrom('', '/cv', '/', '?sc_o=x', '#a'), (s, suf) => {
        const loc = canonicalXing(`https://www.xing.com/profile/${s}${suf}`);
        expect(loc?.key).toBe(`xing:${s.toLowerCase()}`);
        expect(canonicalXing(loc!.url)).toEqual(loc);
      }),
    );
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl()), (u) => {
        canonicalLinkedIn(u);
        canonicalXing(u);
      }),
    );
  });
});
