/**
 * Every fixture page against its expected values (e2e/fixtures/expected/<fixture>.json), field by field.
 * The four shared fixtures' JSON is copied verbatim from e2e/fixtures/README.md; the others were written by hand.
 */
import { describe, expect, it } from 'vitest';
import { ProfileSchema, type Profile } from '../../utils/schemas/profile';
import { detectProfile, parseProfile, readName } from '../../utils/sites';
import { docFrom, expectedFiles, fixtureHtml, loadExpected, type Expected } from './helpers';

// Career start per README fixture (the README predates the rule, see utils/sites/derive.ts):
// earliest experience start, internships and working-student jobs included; else the first graduation year.
const CAREER_START: Record<string, Expected['careerStart']> = {
  'linkedin-logged-in-en.html': { year: 1999, source: 'experience' },
  'linkedin-public-guest.html': { year: 2020, source: 'experience' },
  'xing-profile-de.html': { year: 2002, source: 'experience' },
  'linkedin-minimal.html': null,
};

// What the README says is on those pages on purpose and must not leak into the profile.
const NOISE: Record<string, string[]> = {
  'linkedin-logged-in-en.html': [
    'Jordan Ellery', // viewer, nav img alt
    'Tomasz Wieczorek', // mutual connections + "More profiles for you"
    'Oliver Brandt-Sørensen',
    'More profiles for you',
    'posted this', // activity card
    'Apr 2021 to Present', // screen-reader copy
    'endorsement',
    'Show all 27 skills',
    '+5 skills',
    'Grade: First Class Honours',
    'see more',
    '3rd',
    'She/Her',
  ],
  'linkedin-public-guest.html': ['Jannik Oberländer', 'Sofia Reyes-Brandt', 'People also viewed', 'Sign in to view', 'hooks that doubled', 'Liked by', 'Native or bilingual'],
  'xing-profile-de.html': ['Robert Kaltenbach', 'Michael Obermaier', 'Sandra Vogelsang', 'Ähnliche Profile', 'Premium', 'Bergwandern', 'Jazz', 'Cookies', 'Muttersprache'],
  'linkedin-minimal.html': [],
};

const files = expectedFiles();

it('finds the shared fixtures and the invented variants', () => {
  expect(files).toEqual(
    expect.arrayContaining([
      'linkedin-logged-in-en.json',
      'linkedin-public-guest.json',
      'xing-profile-de.json',
      'linkedin-minimal.json',
      'linkedin-logged-in-de.json',
      'linkedin-logged-in-hashed.json',
      'linkedin-hostile-text.json',
    ]),
  );
});

describe.each(files)('%s', (file) => {
  const exp = loadExpected(file);
  const doc = docFrom(fixtureHtml(exp.fixture));
  const p = parseProfile(doc, exp.url) as Profile;

  it('parses to a valid Profile of the right site and person', () => {
    expect(p).not.toBeNull();
    expect(ProfileSchema.safeParse(p).success).toBe(true);
    expect(p.platform).toBe(exp.platform);
    expect(p.key).toBe(exp.key ?? detectProfile(exp.url)?.key);
  });

  it('name, headline, location', () => {
    expect(p.name).toBe(exp.name);
    expect(readName(doc, exp.url)).toBe(exp.name);
    expect(p.headline).toBe(exp.headline);
    expect(p.location).toBe(exp.location);
  });

  it('current role and company', () => {
    expect(p.currentRole).toBe(exp.currentRole);
    expect(p.currentCompany).toBe(exp.currentCompany);
  });

  it('about', () => {
    if (exp.about === null) return expect(p.about).toBeNull();
    expect(p.about?.startsWith(exp.about.startsWith)).toBe(true);
    expect([...(p.about ?? '')].length).toBe(exp.about.length);
    if (exp.about.exact !== undefined) expect(p.about).toBe(exp.about.exact);
  });

  it('skills, in order, de-duplicated; XING offers and seeks where shown', () => {
    expect(p.skills).toEqual(exp.skills);
    expect(p.offers).toEqual(exp.offers);
    expect(p.seeks).toEqual(exp.seeks);
    for (const interest of exp.notSkills?.interests ?? []) expect(p.skills).not.toContain(interest);
  });

  it('experience entries with dates and the date line as shown', () => {
    expect(p.experience.map((e) => e.title)).toEqual(exp.experience.map((e) => e.title));
    exp.experience.forEach((want, i) => {
      const got = p.experience[i]!;
      expect(got.title).toBe(want.title);
      expect(got.company).toBe(want.company);
      expect(got.start).toBe(want.start);
      expect(got.end).toBe(want.end);
      expect(got.dateText).toBe(want.dateText);
      expect(got.current).toBe(want.current ?? want.end === null);
    });
  });

  it('education entries and graduation years', () => {
    expect(p.education).toEqual(
      exp.education.map(({ school, degree, startYear, endYear }) => ({ school, degree, startYear, endYear })),
    );
    expect(p.education.map((e) => e.endYear)).toEqual(exp.graduationYears);
  });

  it('earliest years and career start', () => {
    expect(p.earliestExperienceYear).toBe(exp.earliestExperienceYear);
    expect(p.earliestEducationYear).toBe(exp.earliestEducationYear);
    const want = exp.careerStart !== undefined ? exp.careerStart : CAREER_START[exp.fixture];
    expect(want).not.toBeUndefined();
    expect(p.careerStart).toEqual(want);
  });

  it('leaks nothing from the noise on the page', () => {
    const all = JSON.stringify(p);
    for (const s of [...(exp.mustNotContain ?? []), ...(NOISE[exp.fixture] ?? [])]) expect(all).not.toContain(s);
  });
});

describe('cost', () => {
  // Chromium timings are measured outside vitest (see the report); this guard only catches algorithmic blow-ups
  // (repeated whole-document scans, quadratic walks) with a bound far above the ~1 ms a warm parse takes.
  it.each(files)('%s parses in well under 50 ms (happy-dom, warm median of 5)', (file) => {
    const exp = loadExpected(file);
    const doc = docFrom(fixtureHtml(exp.fixture));
    parseProfile(doc, exp.url);
    const times = Array.from({ length: 5 }, () => {
      const t0 = performance.now();
      parseProfile(doc, exp.url);
      return performance.now() - t0;
    }).sort((a, b) => a - b);
    expect(times[2]).toBeLessThan(50);
  });
});
