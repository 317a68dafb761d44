import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConnectionsCsv } from '../../utils/data/connections-csv';
import { planConnectionsImport } from '../../utils/data/merge-import';
import { skillInfoFrom } from '../../utils/matching/skill-info';
import { introductionDraft, INTRODUCTION_MAX_CHARS } from '../../utils/outreach/introduction';
import { findIntroductions, introductionsNow } from '../../utils/radar/introductions';
import { buildRadar } from '../../utils/radar/radar';
import { fakeCanonicalise } from '../data/helpers';
import { entryOf, INDEX, makeContact, me, T0 } from '../network/helpers';

const ISSUE_ME = me({
  teachSkills: ['corporate-strategy', 'leadership', 'negotiation'],
  learnSkills: ['generative-ai', 'tiktok-marketing', 'data-visualization', 'quantum-computing'],
  careerStartYear: 1994,
});
const skills = skillInfoFrom(INDEX);

function issueNetwork() {
  const csv = readFileSync(new URL('../fixtures-data/Connections-radar.csv', import.meta.url), 'utf8');
  const parsed = parseConnectionsCsv(csv, fakeCanonicalise);
  if (!parsed.ok) throw new Error('fixture does not parse');
  return planConnectionsImport(new Map(), parsed.rows, T0).toAdd.map((c) => entryOf(c, ISSUE_ME));
}

describe('buildRadar', () => {
  const view = buildRadar(issueNetwork(), ISSUE_ME, { lang: 'en', skills, perSkill: 5 });
  const goal = (id: string) => view.goals.find((g) => g.skill === id)!;

  it('lists the people best placed to teach each goal, reverse mentors with a reason line', () => {
    expect(goal('generative-ai').people[0]!.name).toBe('Nova Ferreira-Lund');
    expect(goal('tiktok-marketing').people[0]!.name).toBe('Lio Brandtwein');
    expect(goal('data-visualization').people.map((p) => p.name)).toEqual(expect.arrayContaining(['Yuna Halvorsen-Ito', 'Mara Okonkwo-Weiss']));
    // The React developer shows nothing of Data Visualization: not listed for it, however many skills he has.
    expect(goal('data-visualization').people.map((p) => p.name)).not.toContain('Tjark Ellingsen');
    const mara = goal('data-visualization').people.find((p) => p.name === 'Mara Okonkwo-Weiss')!;
    expect(mara.kind).toBe('reverse');
    expect(mara.reason).toMatch(/^Working Student who names Data Science — could teach you Data Visualization.*; you could teach Mara /);
  });

  it('keeps goals nobody covers, in my order', () => {
    expect(view.goals.map((g) => g.skill)).toEqual(ISSUE_ME.learnSkills);
    expect(goal('quantum-computing')).toMatchObject({ total: 0, people: [] });
  });

  it('lists who could learn each teach skill and the strongest two-way pairs', () => {
    expect(view.teach.map((t) => t.skill)).toEqual(ISSUE_ME.teachSkills);
    expect(view.teach.find((t) => t.skill === 'leadership')!.total).toBeGreaterThan(0);
    expect(view.pairs.length).toBeGreaterThan(0);
    for (const p of view.pairs) expect(p.kind).toBe('reverse');
    const scores = view.pairs.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('speaks German', () => {
    const de = buildRadar(issueNetwork(), ISSUE_ME, { lang: 'de', skills, perSkill: 5 });
    expect(de.goals[0]!.label).toBe('Generative KI');
    expect(de.goals[0]!.people[0]!.reason).toMatch(/könnte Ihnen Generative KI.* beibringen/);
  });
});

describe('introductions', () => {
  const junior = (slug: string, skillIds: string[]) => ({
    ...entryOf(makeContact(slug, { careerStartYear: 2024 }, { currentRole: null, headline: null }), ISSUE_ME),
    profileSkillIds: skillIds,
  });
  const senior = (slug: string, skillIds: string[]) => ({
    ...entryOf(makeContact(slug, { careerStartYear: 1990 }, { currentRole: null, headline: null }), ISSUE_ME),
    profileSkillIds: skillIds,
  });
  const people = [
    junior('ana', ['tiktok-marketing', 'short-form-video']),
    junior('ben', ['generative-ai', 'python']),
    senior('carla', ['corporate-strategy', 'negotiation']),
    senior('dieter', ['leadership', 'general-management']),
    senior('emil', ['tiktok-marketing', 'instagram-marketing']), // an experienced creator: no tandem with a creator
  ];
  const now = new Date(T0);

  it('pairs an early-career digital contact with an experienced one, each person once, strongest first', () => {
    const pairs = introductionsNow(people, { skills, now, best: 5 });
    expect(pairs.length).toBe(2);
    const keys = pairs.flatMap((p) => [p.junior, p.senior]);
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of pairs) {
      expect(['linkedin:ana', 'linkedin:ben']).toContain(p.junior);
      expect(['linkedin:carla', 'linkedin:dieter']).toContain(p.senior);
      expect(p.juniorTeaches.length).toBeGreaterThan(0);
      expect(p.seniorTeaches.length).toBeGreaterThan(0);
    }
    expect(pairs[0]!.score).toBeGreaterThanOrEqual(pairs[1]!.score);
  });

  it('yields between chunks so the background stays responsive', () => {
    // 2 juniors × 2 seniors (the experienced creator is no senior candidate: no experience skills).
    const run = findIntroductions(people, { skills, now, best: 5, chunk: 1 });
    const progress = [];
    for (let step = run.next(); !step.done; step = run.next()) progress.push(step.value);
    expect(progress).toEqual([1, 2, 3, 4].map((done) => ({ done, total: 4 })));
  });

  it('drafts an introduction to both in English and German (du/Sie), within 2,000 characters', () => {
    const input = { junior: { name: 'Ana Lind', teaches: ['TikTok Marketing'] }, senior: { name: 'Carla Voss', teaches: ['Corporate Strategy', 'Negotiation'] } };
    const en = introductionDraft({ ...input, lang: 'en', myName: 'Alex' });
    expect(en).toMatch(/^Hi Ana, hi Carla,/);
    expect(en).toMatch(/Carla, Ana knows TikTok Marketing/);
    expect(en).toMatch(/Corporate Strategy and Negotiation/);
    expect(en).toMatch(/Alex$/);
    expect(introductionDraft({ ...input, lang: 'de', address: 'du' })).toMatch(/^Hallo Ana, hallo Carla,\n\nich möchte euch/);
    expect(introductionDraft({ ...input, lang: 'de', address: 'sie' })).toMatch(/^Guten Tag Ana Lind, guten Tag Carla Voss,\n\nich möchte Sie/);
    const long = { name: 'X'.repeat(1500), teaches: ['Y'.repeat(800)] };
    expect(introductionDraft({ junior: long, senior: long, lang: 'en' }).length).toBeLessThanOrEqual(INTRODUCTION_MAX_CHARS);
  });
});
