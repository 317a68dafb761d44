import { describe, expect, it } from 'vitest';
import { personForMatching } from '../../utils/matching/match-input';
import { skillInfoFrom } from '../../utils/matching/skill-info';
import { computeMatchAndDrafts } from '../../utils/outreach/compute';
import { DEFAULT_MY_PROFILE, type MyProfile } from '../../utils/schemas/settings';
import type { Contact } from '../../utils/schemas/contact';
import { DU_FORMS, LONG_NAME, LONE_SURROGATE, LOWERCASE_DU_FORMS, SIE_FORMS } from './fixtures';
import { index, milaGuest } from '../support/match-helpers';

/*
 * The sidebar's real path – profile → personForMatching → computeMatchAndDrafts with the real catalogue – for
 * every language/address × tone × format × plan, with ordinary, very long and emoji-laden people and with
 * many tagged skills: always at least three drafts, each within its LinkedIn limit, Du/Sie consistent,
 * German quotes typographic.
 */

const ALL_TEACH = ['corporate-strategy', 'leadership', 'negotiation', 'change-management', 'strategic-planning', 'storytelling', 'marketing-strategy', 'pricing'];
const ALL_LEARN = ['generative-ai', 'tiktok-marketing', 'figma', 'canva', 'capcut', 'meta-ads', 'community-management'];

const me = (p: Partial<MyProfile>): MyProfile => ({
  ...DEFAULT_MY_PROFILE,
  name: 'Alex Berger',
  teachSkills: ALL_TEACH.slice(0, 3),
  learnSkills: ALL_LEARN.slice(0, 2),
  careerStartYear: 1995,
  ...p,
});

const people = {
  guest: { profile: milaGuest(), contact: null },
  long: {
    profile: milaGuest({
      name: LONG_NAME,
      currentRole: 'Senior Vice President Global Digital Transformation, Innovation & Strategy',
      currentCompany: 'Internationale Gesellschaft für Zusammenarbeit und Entwicklung GmbH & Co. KG',
    }),
    contact: null,
  },
  emojiTagged: {
    profile: milaGuest({ name: '🦄 Lena Weiß 🚀', currentRole: 'Growth Lead 🚀' }),
    contact: { teachSkills: ALL_LEARN, learnSkills: ALL_TEACH, careerStartYear: null } as unknown as Contact,
  },
} as const;

const variants = [
  { language: 'en', address: 'sie' },
  { language: 'de', address: 'du' },
  { language: 'de', address: 'sie' },
] as const;

describe('drafts for real profiles through the sidebar path', () => {
  for (const [who, person] of Object.entries(people)) {
    for (const v of variants) {
      it(`${who} · ${v.language}${v.language === 'de' ? `-${v.address}` : ''}: every tone, format and plan`, () => {
        for (const tone of ['warm', 'concise', 'formal'] as const) {
          for (const format of ['connection-note', 'message'] as const) {
            for (const premium of [false, true]) {
              const label = `${who} ${v.language}/${v.address} ${tone} ${format} premium=${premium}`;
              const r = computeMatchAndDrafts({
                me: me({ outreachLanguage: v.language, germanAddress: v.address, linkedinPremium: premium }),
                them: personForMatching(person.profile, person.contact, index),
                now: new Date('2025-06-01T12:00:00Z'),
                skills: skillInfoFrom(index),
                format,
                tone,
              });
              const limit = format === 'message' ? 2000 : premium ? 300 : 200;
              expect(r.drafts.length, label).toBeGreaterThanOrEqual(3);
              expect(new Set(r.drafts.map((d) => d.text)).size, `${label}: drafts differ`).toBe(r.drafts.length);
              for (const d of r.drafts) {
                expect(d.length, label).toBeLessThanOrEqual(limit);
                expect(d.text, label).not.toMatch(/[{}]|undefined|null/);
                expect(d.text, label).not.toMatch(LONE_SURROGATE);
                if (v.language === 'de') {
                  expect(d.text, label).not.toContain('"');
                  expect((d.text.match(/„/g) ?? []).length, `${label}: quotes pair up`).toBe((d.text.match(/“/g) ?? []).length);
                  if (v.address === 'sie') {
                    expect(d.text, label).not.toMatch(DU_FORMS);
                  } else {
                    expect(d.text, label).not.toMatch(SIE_FORMS);
                    expect(d.text, label).not.toMatch(LOWERCASE_DU_FORMS);
                  }
                } else {
                  expect(d.text, label).not.toMatch(/„/);
                }
              }
              // The ordinary case keeps the person's first name and the form of address in every draft.
              if (who === 'guest') {
                for (const d of r.drafts) {
                  expect(d.text, label).toContain('Mila');
                  if (v.language === 'de') expect(d.text, label).toMatch(v.address === 'sie' ? SIE_FORMS : DU_FORMS);
                }
              }
            }
          }
        }
      });
    }
  }
});
