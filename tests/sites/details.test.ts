/**
 * Full-list pages (e2e/fixtures/expected-details/*.json): read, then merged into the profile of the same person
 * (its own fixture) so career start, current role and skills come from the whole list.
 */
import { describe, expect, it } from 'vitest';
import { ProfileSchema, type Education, type Experience, type Profile } from '../../utils/schemas/profile';
import { detectDetails, mergeDetails, parseDetails, parseProfile, readPeople } from '../../utils/sites';
import { docFrom, expectedFiles, fixtureHtml, loadExpected, type Expected } from './helpers';

interface DetailsExpected {
  fixture: string;
  url: string;
  profileFixture: string;
  key: string;
  section: 'experience' | 'education' | 'skills';
  experience?: (Experience & { current?: boolean })[];
  education?: Education[];
  skills?: string[];
  merged: Partial<Profile> & { experienceCount?: number };
  mustNotContain: string[];
}

const files = expectedFiles('expected-details');

it('covers experience, education and skills pages', () => {
  const sections = files.map((f) => loadExpected<DetailsExpected>(f, 'expected-details').section);
  expect(new Set(sections)).toEqual(new Set(['experience', 'education', 'skills']));
});

describe.each(files)('%s', (file) => {
  const exp = loadExpected<DetailsExpected>(file, 'expected-details');
  const doc = docFrom(fixtureHtml(exp.fixture));
  const d = parseDetails(doc, exp.url)!;

  it('is a details page of the right person and list, not a profile', () => {
    expect(detectDetails(exp.url)?.section).toBe(exp.section);
    expect(parseProfile(doc, exp.url)).toBeNull();
    expect(d.key).toBe(exp.key);
    expect(d.section).toBe(exp.section);
  });

  it('reads the whole list', () => {
    if (exp.experience) expect(d.experience).toEqual(exp.experience.map((e) => ({ ...e, current: e.current ?? e.end === null })));
    if (exp.education) expect(d.education).toEqual(exp.education);
    if (exp.skills) expect(d.skills).toEqual(exp.skills);
    const all = JSON.stringify(d);
    for (const s of exp.mustNotContain) expect(all).not.toContain(s);
  });

  it('merges into the profile of the same person', () => {
    const pe = loadExpected<Expected>(exp.profileFixture);
    const profile = parseProfile(docFrom(fixtureHtml(pe.fixture)), pe.url)!;
    const merged = mergeDetails(profile, d);
    expect(ProfileSchema.safeParse(merged).success).toBe(true);
    const { experienceCount, ...fields } = exp.merged;
    expect(merged).toMatchObject(fields);
    if (experienceCount !== undefined) expect(merged.experience).toHaveLength(experienceCount);
    expect(merged.name).toBe(profile.name);
    // Someone else's details change nothing.
    expect(mergeDetails({ ...profile, key: 'linkedin:someone-else' }, d)).toEqual({ ...profile, key: 'linkedin:someone-else' });
  });

  it('lists the aside people of the details page, never its owner', () => {
    expect(readPeople(doc, exp.url).map((p) => p.key)).not.toContain(exp.key);
  });
});

it('a page that is not a details page gives null', () => {
  expect(parseDetails(docFrom('<main></main>'), 'https://www.linkedin.com/in/a-b/')).toBeNull();
});
