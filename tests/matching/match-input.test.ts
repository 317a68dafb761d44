import { describe, expect, it } from 'vitest';
import { personForMatching, profileSkillIds } from '../../utils/matching/match-input';
import { skillInfoFrom } from '../../utils/matching/skill-info';
import { computeMatchAndDrafts } from '../../utils/outreach/compute';
import { DEFAULT_MY_PROFILE, type MyProfile } from '../../utils/schemas/settings';
import type { Contact } from '../../utils/schemas/contact';
import { index, milaGuest } from '../support/match-helpers';

const senior: MyProfile = {
  ...DEFAULT_MY_PROFILE,
  name: 'Alex Berger',
  teachSkills: ['corporate-strategy', 'leadership', 'emotional-intelligence'],
  learnSkills: ['generative-ai', 'tiktok-marketing'],
  careerStartYear: 1995,
};

const contactOf = (p: Partial<Contact>): Contact =>
  ({ teachSkills: [], learnSkills: [], careerStartYear: null, ...p }) as Contact;

describe('profileSkillIds', () => {
  it('reads skills named in headline and About when there is no Skills section', () => {
    const ids = profileSkillIds(milaGuest(), index);
    for (const id of ['tiktok-marketing', 'figma', 'canva', 'capcut', 'meta-ads', 'community-management']) expect(ids).toContain(id);
    expect(ids.some((id) => id.startsWith('generative-ai'))).toBe(true);
  });

  it('puts the Skills section first, in the site order, without duplicates', () => {
    const ids = profileSkillIds(milaGuest({ skills: ['Figma', 'Pottery'], headline: 'Figma fan', about: null }), index);
    expect(ids).toEqual(['figma', 'custom:pottery']);
  });

  it('finds nothing in a profile without skills or text', () => {
    expect(profileSkillIds({ skills: [], headline: null, about: null }, index)).toEqual([]);
  });
});

describe('personForMatching', () => {
  it('uses the page alone when the person is not saved', () => {
    const t = personForMatching(milaGuest(), null, index);
    expect(t).toMatchObject({ fullName: 'Mila Kowalczyk', role: 'Social Media Marketing Manager', company: 'Fizzbloom Beverages', careerStartYear: 2020 });
    expect(t.teachSkills).toEqual([]);
    expect(t.learnSkills).toEqual([]);
  });

  it("adds the contact's tags and falls back to its career start", () => {
    const t = personForMatching(milaGuest({ careerStart: null }), contactOf({ teachSkills: ['python'], learnSkills: ['leadership'], careerStartYear: 2018 }), index);
    expect(t.teachSkills).toEqual(['python']);
    expect(t.learnSkills).toEqual(['leadership']);
    expect(t.careerStartYear).toBe(2018);
  });

  it('prefers the career start the page shows over the one stored on the contact', () => {
    const t = personForMatching(milaGuest(), contactOf({ careerStartYear: 2005 }), index);
    expect(t.careerStartYear).toBe(2020);
  });

  it('without a page (an imported contact) reads names and year from the contact, skills from its title', () => {
    const t = personForMatching(null, contactOf({ name: 'Lea Brandt', currentRole: 'Designer', currentCompany: 'Acme', headline: 'UX', careerStartYear: 2019 }), index);
    expect(t).toMatchObject({ fullName: 'Lea Brandt', role: 'Designer', company: 'Acme', headline: 'UX', careerStartYear: 2019, profileSkillIds: ['ux-design'] });
    expect(t.careerBasis).toEqual({ source: 'saved', year: 2019 });
  });
});

describe('the guest fixture against a senior strategist (what the e2e test sees)', () => {
  const run = (contact: Contact | null) =>
    computeMatchAndDrafts({
      me: senior,
      them: personForMatching(milaGuest(), contact, index),
      now: new Date('2025-06-01T12:00:00Z'),
      skills: skillInfoFrom(index),
      format: 'connection-note',
      tone: 'warm',
      uiLanguage: 'en',
    });

  it('is reverse mentoring from profile text alone, explained in both directions', () => {
    const r = run(null);
    expect(r.match.kind).toBe('reverse');
    expect(r.match.score).toBeGreaterThanOrEqual(50);
    expect(r.match.theyTeachMe).toContain('tiktok-marketing');
    expect(r.match.iTeachThem).toContain('emotional-intelligence');
    expect(r.explanation).toMatch(/^Mila could teach you .*TikTok Marketing.*; you could teach Mila .*Emotional Intelligence/);
    expect(r.explanation).toMatch(/25 years apart in career/);
    expect(r.drafts.length).toBeGreaterThanOrEqual(3);
    for (const d of r.drafts) {
      expect(d.length).toBeLessThanOrEqual(200);
      expect(d.text).toContain('Mila');
    }
  });

  it('is two-way even though one stray strategy skill shows in her About', () => {
    // "creator partnerships" in her About names Strategic Partnerships; one skill outside her digital strengths
    // must not hide the strategy know-how a senior could share.
    const me = { ...senior, teachSkills: ['corporate-strategy', 'leadership'] };
    const r = computeMatchAndDrafts({
      me,
      them: personForMatching(milaGuest(), null, index),
      now: new Date('2025-06-01T12:00:00Z'),
      skills: skillInfoFrom(index),
      format: 'connection-note',
      uiLanguage: 'en',
    });
    expect(r.match.kind).toBe('reverse');
    expect(r.match.iTeachThem).toEqual(['corporate-strategy', 'leadership']);
    expect(r.match.theyTeachMe.length).toBeGreaterThan(0);
    expect(r.explanation).toMatch(/you could teach Mila Corporate Strategy and Leadership/);
  });

  it('scores higher once the user tags what she wants to learn', () => {
    const tagged = run(contactOf({ learnSkills: ['leadership', 'negotiation'], teachSkills: ['tiktok-marketing'] }));
    expect(tagged.match.kind).toBe('reverse');
    expect(tagged.match.score).toBeGreaterThan(run(null).match.score);
    expect(tagged.match.reasons.map((r) => r.code)).toContain('tagged');
  });
});
