import { describe, expect, it } from 'vitest';
import { explainMatch } from '../../utils/matching/explain';
import { joinList, joinListWithMore } from '../../utils/matching/format';
import { computeMatch } from '../../utils/matching/match';
import type { MatchMe, MatchThem } from '../../utils/matching/types';
import { NOW, fakeSkills } from './fake-skills';

const me = (p: Partial<MatchMe>): MatchMe => ({ teachSkills: [], learnSkills: [], careerStartYear: null, ...p });
const them = (p: Partial<MatchThem>): MatchThem => ({ teachSkills: [], learnSkills: [], profileSkillIds: [], careerStartYear: null, ...p });
const run = (m: MatchMe, t: MatchThem) => computeMatch({ me: m, them: t, now: NOW, skills: fakeSkills });

const reverse = run(
  me({ teachSkills: ['tiktok', 'genai'], learnSkills: ['strategy'], careerStartYear: 2019 }),
  them({ teachSkills: ['strategy'], learnSkills: ['tiktok', 'genai'], careerStartYear: 1995 }),
);
const unknownCareer = run(me({ teachSkills: ['genai'], learnSkills: ['strategy'] }), them({ profileSkillIds: ['strategy'] }));
const nothing = run(me({ teachSkills: ['excel'], careerStartYear: 2000 }), them({ profileSkillIds: ['figma'], careerStartYear: 2001 }));
const classic = run(me({ learnSkills: ['strategy'], careerStartYear: 2020 }), them({ profileSkillIds: ['strategy'], careerStartYear: 1990 }));
const classicMeSenior = run(me({ teachSkills: ['strategy'], careerStartYear: 1990 }), them({ learnSkills: ['strategy'], careerStartYear: 2020 }));
const peers = run(me({ teachSkills: ['python'], careerStartYear: 2015 }), them({ learnSkills: ['python'], careerStartYear: 2016 }));

/** Sentences: split after . ! ? followed by a space or the end. */
const sentences = (text: string) => text.split(/(?<=[.!?])\s+/u).filter(Boolean);
const GENDERED_EN = /\b(he|she|him|her|his|hers|himself|herself|Mr|Mrs|Ms)\b/i;

describe('explainMatch', () => {
  it('names both directions with the first name and English labels', () => {
    const text = explainMatch(reverse, 'en', fakeSkills, { firstName: 'Mila' });
    expect(text).toMatch(/^Mila could teach you strategy; you could teach Mila TikTok marketing and Generative AI\./);
    expect(text).toContain('24 years apart');
    expect(text).toContain('reverse-mentoring');
    expect(text).not.toMatch(GENDERED_EN);
  });

  it('writes German with German labels, "Sie" by default and "du" on request', () => {
    const sie = explainMatch(reverse, 'de', fakeSkills, { firstName: 'Mila' });
    expect(sie).toMatch(/^Mila könnte Ihnen Strategie beibringen; Sie könnten Mila TikTok-Marketing und Generative KI zeigen\./);
    expect(sie).toContain('Reverse Mentoring');
    expect(sie).not.toMatch(/(?<!\p{L})(du|dir|dich|dein)(?!\p{L})/iu);
    const du = explainMatch(reverse, 'de', fakeSkills, { firstName: 'Mila', address: 'du' });
    expect(du).toMatch(/^Mila könnte dir Strategie beibringen; du könntest Mila/);
    expect(du).not.toMatch(/(?<!\p{L})(Sie|Ihnen|Ihr)(?!\p{L})/u);
  });

  it('falls back to a neutral reference without a name', () => {
    expect(explainMatch(reverse, 'en', fakeSkills)).toMatch(/^This person could teach you strategy; you could teach them /);
    expect(explainMatch(reverse, 'de', fakeSkills)).toMatch(/^Diese Person könnte Ihnen Strategie beibringen; Sie könnten dieser Person /);
  });

  it.each([
    ['en', 'career start unknown'],
    ['de', 'Berufsstart unbekannt'],
  ] as const)('says when the career start is unknown (%s)', (lang, phrase) => {
    expect(explainMatch(unknownCareer, lang, fakeSkills, { firstName: 'Kai' })).toContain(phrase);
  });

  it.each([
    ['en', 'Kai started 30 years before you', classic],
    ['en', 'You started 30 years before Kai', classicMeSenior],
    ['de', 'Kai ist 30 Jahre länger im Beruf als Sie', classic],
    ['de', 'Sie sind 30 Jahre länger im Beruf als Kai', classicMeSenior],
  ] as const)('classic mentoring names who is more experienced (%s: %s)', (lang, phrase, result) => {
    expect(result.kind).toBe('classic');
    expect(explainMatch(result, lang, fakeSkills, { firstName: 'Kai' })).toContain(phrase);
  });

  it('describes peers and empty matches', () => {
    expect(explainMatch(peers, 'en', fakeSkills, { firstName: 'Kai' })).toContain('similar career stage');
    expect(explainMatch(nothing, 'en', fakeSkills, { firstName: 'Kai' })).toMatch(/^No skills to exchange yet/);
    expect(explainMatch(nothing, 'de', fakeSkills, { firstName: 'Kai' })).toMatch(/^Noch nichts zum Austauschen/);
  });

  it('mentions profile-only evidence and suggests tagging', () => {
    expect(explainMatch(unknownCareer, 'en', fakeSkills)).toContain('tagging skills makes this more precise');
    expect(explainMatch(reverse, 'en', fakeSkills)).not.toContain('tagging');
  });

  it.each(['en', 'de'] as const)('stays short: 1–3 sentences for every kind (%s)', (lang) => {
    for (const r of [reverse, unknownCareer, nothing, classic, classicMeSenior, peers]) {
      const n = sentences(explainMatch(r, lang, fakeSkills, { firstName: 'Kai' })).length;
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(3);
    }
  });

  it('lists at most maxSkills per direction, then "and N more"', () => {
    const many = run(
      me({ learnSkills: ['strategy', 'finance', 'negotiation', 'leadership', 'automotive'] }),
      them({ profileSkillIds: ['strategy', 'finance', 'negotiation', 'leadership', 'automotive'] }),
    );
    expect(explainMatch(many, 'en', fakeSkills, { firstName: 'Kai', maxSkills: 2 })).toContain('strategy, corporate finance and 3 more');
    expect(explainMatch(many, 'de', fakeSkills, { firstName: 'Kai', maxSkills: 2 })).toContain('Strategie, Unternehmensfinanzierung und 3 weitere');
  });
});

describe('joinList', () => {
  it.each([
    [[], 'en', ''],
    [['A'], 'en', 'A'],
    [['A', 'B'], 'en', 'A and B'],
    [['A', 'B', 'C'], 'en', 'A, B and C'],
    [['A', 'B', 'C'], 'de', 'A, B und C'],
    [['A', '', 'B'], 'de', 'A und B'],
  ] as const)('%j (%s) → %s', (items, lang, expected) => {
    expect(joinList(items, lang)).toBe(expected);
  });

  it('adds "more" only when the list is longer than the maximum', () => {
    expect(joinListWithMore(['A', 'B'], 'en', 2)).toBe('A and B');
    expect(joinListWithMore(['A', 'B', 'C'], 'en', 2)).toBe('A, B and 1 more');
  });
});
