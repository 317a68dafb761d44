import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OutreachTemplate } from '../../utils/schemas/template';
import { generateDrafts, renderDraft, type DraftContext, type GenerateDraftsInput } from '../../utils/outreach/generate';
import type { SentenceTemplate, TemplateSentence } from '../../utils/outreach/types';
import { fakeSkills } from '../matching/fake-skills';
import { DU_FORMS, LONG_SKILLS, PEOPLE, SIE_FORMS } from './fixtures';

const s = (priority: number, ...alternatives: string[]): TemplateSentence => ({ priority, lead: 'space', alternatives });
const tpl = (sentences: TemplateSentence[]): SentenceTemplate => ({
  id: 'test',
  name: 'Test',
  language: 'en',
  address: null,
  tone: 'warm',
  format: 'connection-note',
  sentences,
});
const ctx = (p: Partial<DraftContext> = {}): DraftContext => ({
  language: 'en',
  limit: 1000,
  person: { fullName: 'Mila Schmidt', role: 'Head of Sales, EMEA', company: 'Acme' },
  myName: 'Alex Berger',
  theyTeach: ['strategy', 'negotiation'],
  iTeach: ['Generative AI', 'TikTok marketing'],
  ...p,
});

describe('renderDraft shortening', () => {
  const fiveSentences = tpl([
    s(5, 'Hi {firstName},'),
    s(1, 'Alpha sentence is least important.'),
    s(3, 'Bravo sentence matters more.'),
    s(2, 'Charlie sentence is in between.'),
    s(5, 'Coffee?'),
  ]);
  const full = renderDraft(fiveSentences, ctx()).text;

  it('fills placeholders and keeps everything when there is room', () => {
    expect(full).toBe('Hi Mila, Alpha sentence is least important. Bravo sentence matters more. Charlie sentence is in between. Coffee?');
  });

  it('drops the least important sentence first, then the next', () => {
    const one = renderDraft(fiveSentences, ctx({ limit: full.length - 1 }));
    expect(one.text).toBe('Hi Mila, Bravo sentence matters more. Charlie sentence is in between. Coffee?');
    expect(one.shortening).toEqual(['sentences']);
    const two = renderDraft(fiveSentences, ctx({ limit: one.text.length - 1 }));
    expect(two.text).toBe('Hi Mila, Bravo sentence matters more. Coffee?');
    const three = renderDraft(fiveSentences, ctx({ limit: two.text.length - 1 }));
    expect(three.text).toBe('Hi Mila, Coffee?');
  });

  it('drops the later of two equally important sentences first', () => {
    const t = tpl([s(5, 'Hi.'), s(2, 'First optional.'), s(2, 'Second optional.'), s(5, 'Bye.')]);
    expect(renderDraft(t, ctx({ limit: 30 })).text).toBe('Hi. First optional. Bye.');
  });

  it('names fewer skills only after optional sentences are gone, then puts back what fits again', () => {
    const t = tpl([s(5, 'Hi {firstName},'), s(2, 'Short extra.'), s(5, 'You know {theyTeach}; I know {iTeach}.'), s(5, 'Coffee?')]);
    const many = ctx({ theyTeach: LONG_SKILLS, iTeach: LONG_SKILLS, limit: 200 });
    const d = renderDraft(t, many);
    const [a, b] = LONG_SKILLS;
    // 2 + 2 skills do not fit even without the extra sentence; equal lists: mine shrinks first.
    expect(d.text).toBe(`Hi Mila, Short extra. You know ${a} and ${b}; I know ${a}. Coffee?`); // extra refilled
    expect(d.shortening).toEqual(['skills']);
    expect(d.length).toBeLessThanOrEqual(200);
  });

  it('shrinks the longer skill list first', () => {
    const t = tpl([s(5, 'You know {theyTeach}; I know {iTeach}.')]);
    const d = renderDraft(t, ctx({ theyTeach: ['aaaa', 'bbbb'], iTeach: ['cccc', 'dddd', 'eeee'], initialSkills: 3, limit: 50 }));
    expect(d.text).toBe('You know aaaa and bbbb; I know cccc and dddd.');
  });

  it('then shortens the role, then leaves out the company', () => {
    const t = tpl([s(5, 'Hi {firstName}, as {role} at {company} you know {theyTeach}.', 'Hi {firstName}, at {company} you know {theyTeach}.', 'Hi {firstName}, you know {theyTeach}.')]);
    const base = renderDraft(t, ctx({ theyTeach: ['strategy'] })).text;
    expect(base).toBe('Hi Mila, as Head of Sales, EMEA at Acme you know strategy.');
    const shorter = renderDraft(t, ctx({ theyTeach: ['strategy'], limit: base.length - 1 }));
    expect(shorter.text).toBe('Hi Mila, as Head of Sales at Acme you know strategy.');
    expect(shorter.shortening).toEqual(['role']);
    const noRole = renderDraft(t, ctx({ theyTeach: ['strategy'], limit: shorter.text.length - 1 }));
    expect(noRole.text).toBe('Hi Mila, at Acme you know strategy.');
    const noCompany = renderDraft(t, ctx({ theyTeach: ['strategy'], limit: noRole.text.length - 1 }));
    expect(noCompany.text).toBe('Hi Mila, you know strategy.');
  });

  it('uses the headline as role when there is none, cut at its separators', () => {
    const t = tpl([s(5, 'Hi {firstName}, fellow {role}!')]);
    expect(renderDraft(t, ctx({ person: PEOPLE.headlineOnly! })).text).toBe('Hi Jana, fellow CTO!');
  });

  it('shortens a long first name, then greets without it, before cutting off the question', () => {
    const t = tpl([s(5, 'Hi {firstName},', 'Hi,'), s(5, 'Coffee next week?')]);
    const person = { fullName: 'Maximiliane Friederike von Hohenberg', firstName: 'Maximiliane Friederike' };
    expect(renderDraft(t, ctx({ person })).text).toBe('Hi Maximiliane Friederike, Coffee next week?');
    const shorter = renderDraft(t, ctx({ person, limit: 40 }));
    expect(shorter.text).toBe('Hi Maximiliane, Coffee next week?');
    expect(shorter.shortening).toEqual(['name']);
    expect(renderDraft(t, ctx({ person, limit: 30 })).text).toBe('Hi, Coffee next week?');
  });

  it('as a last resort truncates at a word boundary with "…"', () => {
    const t = tpl([s(5, 'Hi {firstName}, this required sentence is rather long and cannot be dropped at all.')]);
    const d = renderDraft(t, ctx({ limit: 40 }));
    // Leaving out the name would make this required sentence vanish (no alternative), so it stays.
    expect(d.text).toBe('Hi Mila, this required sentence is…');
    expect(d.shortening).toEqual(['truncated']);
    expect(d.length).toBeLessThanOrEqual(40);
  });

  it('drops a sentence whose values are empty instead of leaving it broken', () => {
    const t = tpl([s(5, 'Hi {firstName},', 'Hi,'), s(3, 'You work at {company}.'), s(5, 'You know {theyTeach}.'), s(5, 'Coffee?')]);
    const d = renderDraft(t, ctx({ person: { fullName: '', company: null }, theyTeach: [] }));
    expect(d.text).toBe('Hi, Coffee?');
    expect(d.shortened).toBe(false);
  });

  it('inserts values literally: placeholders inside names are not expanded', () => {
    const t = tpl([s(5, 'Hi {firstName}, I am {myName}.')]);
    expect(renderDraft(t, ctx({ person: { fullName: '{myName} Evil' }, myName: 'Alex  \n Berger' })).text).toBe('Hi {myName}, I am Alex Berger.');
  });
});

const match = { theyTeachMe: ['strategy', 'negotiation'], iTeachThem: ['genai', 'tiktok'] };
const input = (p: Partial<GenerateDraftsInput> = {}): GenerateDraftsInput => ({
  match,
  me: { name: 'Alex Berger' },
  them: PEOPLE.standard!,
  format: 'connection-note',
  language: 'en',
  address: 'sie',
  premium: false,
  skills: fakeSkills,
  ...p,
});

const userTemplate = (p: Partial<OutreachTemplate>): OutreachTemplate => ({
  id: 'user-1',
  name: 'Mine',
  language: 'en',
  address: null,
  tone: 'warm',
  format: 'connection-note',
  body: 'Hi {firstName}, could you show me {theyTeach}? I can share {iTeach}. {myFirstName}',
  createdAt: 0,
  updatedAt: 0,
  ...p,
});

describe('generateDrafts', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['en', 'sie', 'connection-note'],
    ['en', 'du', 'message'],
    ['de', 'du', 'connection-note'],
    ['de', 'sie', 'message'],
  ] as const)('gives at least three drafts per tone (%s/%s/%s), all within the limit', (language, address, format) => {
    for (const tone of ['warm', 'concise', 'formal'] as const) {
      const drafts = generateDrafts(input({ language, address, format, tone }));
      expect(drafts.length).toBeGreaterThanOrEqual(3);
      expect(new Set(drafts.map((d) => d.text)).size).toBe(drafts.length);
      for (const d of drafts) {
        expect(d.tone).toBe(tone);
        expect(d.limit).toBe(format === 'message' ? 2000 : 200);
        expect(d.length).toBeLessThanOrEqual(d.limit);
      }
    }
  });

  it('without a tone gives every tone, with unique ids', () => {
    const drafts = generateDrafts(input());
    expect(new Set(drafts.map((d) => d.tone))).toEqual(new Set(['warm', 'concise', 'formal']));
    expect(new Set(drafts.map((d) => d.id)).size).toBe(drafts.length);
  });

  it('uses the German form of address asked for, and labels in German', () => {
    const du = generateDrafts(input({ language: 'de', address: 'du' }));
    const sie = generateDrafts(input({ language: 'de', address: 'sie' }));
    for (const d of du) expect(d.text).not.toMatch(SIE_FORMS);
    for (const d of sie) expect(d.text).not.toMatch(DU_FORMS);
    expect(du.some((d) => d.text.includes('Strategie'))).toBe(true);
    expect(du.every((d) => !d.text.includes('strategy'))).toBe(true);
  });

  it('allows 300 characters with Premium', () => {
    const t = generateDrafts(input({ premium: true, tone: 'warm' }));
    expect(t.every((d) => d.limit === 300)).toBe(true);
    const free = generateDrafts(input({ premium: false, tone: 'warm' }));
    expect(t.reduce((n, d) => n + d.length, 0)).toBeGreaterThan(free.reduce((n, d) => n + d.length, 0));
  });

  it('puts matching user templates first and skips invalid or non-matching ones', () => {
    const drafts = generateDrafts(
      input({
        tone: 'warm',
        templates: [
          userTemplate({}),
          userTemplate({ id: 'broken', body: 'Hi {frstName}!' }),
          userTemplate({ id: 'german', language: 'de', address: 'du' }),
          userTemplate({ id: 'formal', tone: 'formal' }),
        ],
      }),
    );
    expect(drafts[0]?.templateId).toBe('user-1');
    expect(drafts[0]?.text).toBe('Hi Mila, could you show me strategy and negotiation? I can share Generative AI and TikTok marketing. Alex');
    expect(drafts.map((d) => d.templateId)).not.toContain('broken');
    expect(drafts.map((d) => d.templateId)).not.toContain('german');
    expect(drafts.map((d) => d.templateId)).not.toContain('formal');
    expect(drafts.length).toBe(4);
  });

  it('can leave out the built-ins, but never returns fewer than three drafts', () => {
    const three = [1, 2, 3].map((i) => userTemplate({ id: `u${i}`, body: `Hi {firstName}, idea ${i}: {theyTeach}?` }));
    expect(generateDrafts(input({ tone: 'warm', templates: three, includeBuiltins: false })).map((d) => d.templateId)).toEqual(['u1', 'u2', 'u3']);
    expect(generateDrafts(input({ tone: 'warm', templates: three.slice(0, 1), includeBuiltins: false })).length).toBe(4);
  });

  it('is deterministic and uses neither randomness nor the clock', () => {
    const random = vi.spyOn(Math, 'random');
    const now = vi.spyOn(Date, 'now');
    const a = generateDrafts(input({ language: 'de', address: 'du', format: 'message' }));
    const b = generateDrafts(input({ language: 'de', address: 'du', format: 'message' }));
    expect(b).toEqual(a);
    expect(random).not.toHaveBeenCalled();
    expect(now).not.toHaveBeenCalled();
  });
});
