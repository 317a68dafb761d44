/**
 * Issue 11: imported contacts (a Connections.csv Position, no profile) are scored like everyone else,
 * on their title; tags and a full profile outrank the estimate.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConnectionsCsv } from '../../utils/data/connections-csv';
import { planConnectionsImport } from '../../utils/data/merge-import';
import { fakeCanonicalise } from '../data/helpers';
import { careerStartYearAt, personForMatching, titleCareerEstimate } from '../../utils/matching/match-input';
import { skillInfoFrom } from '../../utils/matching/skill-info';
import { setMyProfile } from '../../utils/db/settings';
import { onDbChange } from '../../utils/db/db-changes';
import { NetworkIndex } from '../../utils/network/network-index';
import { DEFAULT_POPUP_VIEW } from '../../utils/network/view-schema';
import { introductionsNow } from '../../utils/radar/introductions';
import { useTestDb } from '../support/db';
import type { Contact } from '../../utils/schemas/contact';
import { entryOf, INDEX, makeContact, me, T0 } from './helpers';

const getDb = useTestDb();

const ISSUE_ME = me({
  teachSkills: ['corporate-strategy', 'leadership', 'negotiation'],
  learnSkills: ['generative-ai', 'tiktok-marketing', 'data-visualization'],
  careerStartYear: 1994,
});

function importedNetwork(): Contact[] {
  const csv = readFileSync(new URL('../fixtures-data/Connections-radar.csv', import.meta.url), 'utf8');
  const parsed = parseConnectionsCsv(csv, fakeCanonicalise);
  if (!parsed.ok) throw new Error('fixture does not parse');
  return planConnectionsImport(new Map(), parsed.rows, T0).toAdd;
}

describe('imported contacts scored on their titles', () => {
  const entries = importedNetwork().map((c) => entryOf(c, ISSUE_ME));
  const byRole = (role: string) => entries.find((e) => e.subtitle.includes(role))!;

  it('the AI engineer, the TikTok creator and the data people are reverse mentors, not "no clear fit"', () => {
    for (const role of ['AI Engineer', 'Content Creator', 'Working Student', 'Data Analyst']) {
      const e = byRole(role);
      expect(e.match.kind, role).toBe('reverse');
      expect(e.match.score, role).toBeGreaterThan(40);
      expect(e.evidence).toBe('title');
      expect(e.careerBasis?.source).toBe('title');
    }
    expect(byRole('AI Engineer').match.theyTeachMe).toContain('generative-ai');
    expect(byRole('Content Creator').match.theyTeachMe).toContain('tiktok-marketing');
    expect(byRole('Data Analyst').match.theyTeachMe).toContain('data-visualization');
    expect(byRole('Working Student').match.theyTeachMe).toContain('data-visualization');
  });

  it('ranks the plausible reverse mentors above the senior contacts', () => {
    const ranked = [...entries].sort((a, b) => b.match.score - a.match.score);
    const top4 = ranked.slice(0, 4).map((e) => e.subtitle);
    for (const role of ['Geschäftsführer', 'Head of HR', 'CFO']) expect(top4.join('|')).not.toContain(role);
    expect(byRole('Geschäftsführer').match.kind).not.toBe('reverse');
  });

  it('for Data Visualization the data-science working student ranks above the React developer', () => {
    // Mara shows the goal through a related skill (Data Science); Tjark only has unrequested skills
    // (Frontend Development, React, Software Engineering). Both started ~this year; I teach all three of
    // mine to either. Weights: related 1.5 beats any list of complementary 0.25s (utils/matching/score.ts).
    const student = byRole('Working Student Data Science');
    const frontend = byRole('Junior Frontend Developer (React)');
    expect(student.match.theyTeachMe).toContain('data-visualization');
    expect(frontend.match.theyTeachMe).not.toContain('data-visualization');
    expect(student.match.score).toBe(56);
    expect(frontend.match.score).toBe(43);
    const ranked = [...entries].sort((a, b) => b.match.score - a.match.score).map((e) => e.subtitle);
    expect(ranked.findIndex((s) => s.startsWith('Working Student'))).toBeLessThan(ranked.findIndex((s) => s.startsWith('Junior Frontend')));
    for (const role of ['AI Engineer', 'Content Creator']) {
      expect(byRole(role).match.kind, role).toBe('reverse');
      expect(byRole(role).match.score, role).toBeGreaterThan(student.match.score);
    }
  });

  it('states the basis of each estimate', () => {
    expect(byRole('Working Student').careerBasis).toEqual({ source: 'title', year: 2025, yearsIn: 1, word: 'Working Student' });
    expect(byRole('CFO').careerBasis).toMatchObject({ source: 'title', word: 'CFO', year: 2006 });
  });
});

describe('evidence precedence: tags > full profile > title', () => {
  const now = new Date(T0);
  it('a profile with dated experience replaces the title estimate', () => {
    const c = makeContact('real', { currentRole: 'Werkstudentin' }, { currentRole: 'Werkstudentin', careerStart: { year: 2009, source: 'experience' } });
    const p = personForMatching(c.profile, c, INDEX, now);
    expect(p.careerBasis).toEqual({ source: 'experience', year: 2009 });
    expect(p.evidence).toBe('profile');
  });
  it('without a profile the title decides, and a stored year beats it', () => {
    const base = makeContact('thin', { profile: null, currentRole: 'Werkstudentin', headline: null, careerStartYear: null });
    expect(personForMatching(null, base, INDEX, now).careerBasis).toMatchObject({ source: 'title', word: 'Werkstudentin' });
    expect(personForMatching(null, { ...base, careerStartYear: 2001 }, INDEX, now).careerBasis).toEqual({ source: 'saved', year: 2001 });
  });
  it('tags are the strongest evidence', () => {
    const c = makeContact('tagged', { profile: null, teachSkills: ['figma'], currentRole: 'CFO' });
    expect(personForMatching(c.profile, c, INDEX, now).evidence).toBe('tags');
  });
  it('a listed person (name + headline) goes through the same function', () => {
    const p = personForMatching(null, null, INDEX, now, { name: 'Lio B.', headline: 'Content Creator | TikTok & Instagram' });
    expect(p.profileSkillIds).toContain('tiktok-marketing');
    expect(p.careerBasis?.source).toBe('title');
  });
  it('the sidebar and the popup index agree on a saved person known only by title', () => {
    const c = { ...makeContact('same', { currentRole: 'AI Engineer', headline: 'AI Engineer | LLMs' }), profile: null, careerStartYear: null };
    const sidebar = personForMatching(null, c, INDEX, now);
    const entry = entryOf(c, ISSUE_ME);
    expect(entry.careerStartYear).toBe(sidebar.careerStartYear);
    expect(entry.profileSkillIds).toEqual(sidebar.profileSkillIds);
    expect(entry.careerBasis).toEqual(sidebar.careerBasis);
  });
});

describe('title estimates are re-read each year', () => {
  it('careerStartYearAt: a title estimate moves with the calendar, a dated or stored year does not', () => {
    const dec = new Date(Date.UTC(2026, 11, 31, 23, 0));
    const jan = new Date(Date.UTC(2027, 0, 1, 0, 30));
    const estimate = titleCareerEstimate('Werkstudentin', null, dec);
    expect(estimate).toMatchObject({ year: 2025, yearsIn: 1 });
    const person = { careerStartYear: estimate!.year, careerBasis: estimate };
    expect(careerStartYearAt(person, dec)).toBe(2025);
    expect(careerStartYearAt(person, jan)).toBe(2026);
    expect(careerStartYearAt({ careerStartYear: 2009, careerBasis: { source: 'experience', year: 2009 } }, jan)).toBe(2009);
    expect(careerStartYearAt({ careerStartYear: 2001, careerBasis: { source: 'saved', year: 2001 } }, jan)).toBe(2001);
  });

  it('an index built last year matches an imported "Werkstudentin" as a fresh one does after New Year', async () => {
    const db = getDb();
    let clock = Date.UTC(2026, 11, 31, 23, 0);
    const index = new NetworkIndex(db, () => clock);
    onDbChange(db, (c) => index.onChange(c));
    // Me since 2021: a working student read in 2026 (started ~2025) is a peer; read in 2027 (~2026) five years behind me.
    await setMyProfile(db, me({ careerStartYear: 2021, teachSkills: ['leadership'], learnSkills: ['social-media-marketing'] }));
    const csv = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nIlka,Thornquist,https://www.linkedin.com/in/ilka-thornquist,,Brightside Media,Werkstudentin Social Media Marketing,14 Jul 2023\n';
    const parsed = parseConnectionsCsv(csv, fakeCanonicalise);
    if (!parsed.ok) throw new Error('csv does not parse');
    await db.contacts.bulkAdd(planConnectionsImport(new Map(), parsed.rows, clock).toAdd);
    const query = (i: NetworkIndex) => i.query({ view: DEFAULT_POPUP_VIEW, offset: 0, limit: 5 });
    const before = await query(index);
    expect(before.rows[0]!.kind).toBe('peer');
    clock = Date.UTC(2027, 0, 1, 0, 30);
    const after = await query(index);
    expect(after.rows).toEqual((await query(new NetworkIndex(db, () => clock))).rows);
    expect(after.rows[0]!.kind).toBe('reverse');
  });

  it('introductions read the estimate in their own year too', () => {
    const junior = { key: 'j', name: 'J', careerStartYear: 2017, careerBasis: { source: 'title' as const, year: 2017, yearsIn: 1, word: 'Intern' }, profileSkillIds: ['tiktok-marketing'], teachSkills: [], learnSkills: [] };
    const senior = { key: 's', name: 'S', careerStartYear: 1990, careerBasis: null, profileSkillIds: ['leadership', 'corporate-strategy'], teachSkills: [], learnSkills: [] };
    // Estimated in 2018 and never re-read, the intern would count as 9 years in by 2026: no longer early-career.
    expect(introductionsNow([junior, { ...senior }], { skills: skillInfoFrom(INDEX), now: new Date(T0), best: 3 }).map((p) => p.junior)).toEqual(['j']);
  });
});
