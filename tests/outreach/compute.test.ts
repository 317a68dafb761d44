import { describe, expect, it } from 'vitest';
import { DEFAULT_MY_PROFILE, type MyProfile } from '../../utils/schemas/settings';
import { computeMatchAndDrafts, type ComputeMatchAndDraftsInput } from '../../utils/outreach/compute';
import { NOW, fakeSkills } from '../matching/fake-skills';
import { DU_FORMS } from './fixtures';

const me: MyProfile = {
  ...DEFAULT_MY_PROFILE,
  name: 'Alex Berger',
  teachSkills: ['genai', 'tiktok'],
  learnSkills: ['strategy', 'negotiation'],
  careerStartYear: 2019,
  outreachLanguage: 'de',
  germanAddress: 'du',
  linkedinPremium: true,
};

const input: ComputeMatchAndDraftsInput = {
  me,
  them: {
    fullName: 'Dr. Mila Schmidt',
    role: 'Head of Marketing',
    company: 'Acme GmbH',
    headline: 'Head of Marketing @ Acme | Speaker',
    teachSkills: [],
    learnSkills: ['genai'],
    profileSkillIds: ['strategy', 'leadership', 'negotiation', 'finance', 'automotive', 'excel'],
    careerStartYear: 1995,
  },
  now: NOW,
  skills: fakeSkills,
  format: 'connection-note',
};

describe('computeMatchAndDrafts', () => {
  it('matches, explains and drafts using the settings as defaults', () => {
    const r = computeMatchAndDrafts(input);
    expect(r.match.kind).toBe('reverse');
    expect(r.match.iTeachThem[0]).toBe('genai');
    expect(r.explanation).toMatch(/^Mila könnte dir Strategie, Verhandlungsführung/); // German UI text, du, first name without title
    expect(r.drafts.length).toBeGreaterThanOrEqual(3);
    for (const d of r.drafts) {
      expect(d.limit).toBe(300); // Premium from the settings
      expect(d.text).toMatch(DU_FORMS);
    }
  });

  it('lets the caller override language, address, premium and UI language', () => {
    const r = computeMatchAndDrafts({ ...input, language: 'en', premium: false, tone: 'concise', uiLanguage: 'en' });
    expect(r.explanation).toMatch(/^Mila could teach you strategy, negotiation/);
    expect(r.drafts.every((d) => d.limit === 200 && d.tone === 'concise')).toBe(true);
    expect(r.drafts[0]?.text).toMatch(/^Hi Mila,/);
  });
});
