import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '../../utils/outreach/builtin-templates';
import { renderDraft, type DraftContext } from '../../utils/outreach/generate';
import { parseTemplateBody, templateToBody, validateTemplate } from '../../utils/outreach/syntax';
import { REQUIRED_PRIORITY, type SentenceTemplate } from '../../utils/outreach/types';
import {
  DU_FORMS,
  GENDERED_DE,
  GENDERED_EN,
  LONE_SURROGATE,
  LOWERCASE_DU_FORMS,
  LOWERCASE_SIE_FORMS,
  MY_NAMES,
  PEOPLE,
  SIE_FORMS,
  SKILL_SETS,
} from './fixtures';

const variantOf = (t: SentenceTemplate) => (t.language === 'en' ? 'en' : `de-${t.address}`);
const hasPlaceholder = (s: string) => /\{[a-zA-Z]+\}/.test(s);
const LIMITS = { 'connection-note': [200, 300], message: [2000] } as const;

describe('built-in template catalogue', () => {
  const groups = new Map<string, SentenceTemplate[]>();
  for (const t of BUILTIN_TEMPLATES) {
    const key = `${variantOf(t)}|${t.format}|${t.tone}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }

  it('has at least three drafts for every language/address × format × tone', () => {
    for (const variant of ['en', 'de-du', 'de-sie']) {
      for (const format of ['connection-note', 'message']) {
        for (const tone of ['warm', 'concise', 'formal']) {
          expect(groups.get(`${variant}|${format}|${tone}`)?.length ?? 0, `${variant} ${format} ${tone}`).toBeGreaterThanOrEqual(3);
        }
      }
    }
  });

  it('has unique ids, and English templates carry no form of address while German ones do', () => {
    expect(new Set(BUILTIN_TEMPLATES.map((t) => t.id)).size).toBe(BUILTIN_TEMPLATES.length);
    for (const t of BUILTIN_TEMPLATES) expect(t.address === null).toBe(t.language === 'en');
  });

  it('drafts within a group are genuinely different (no shared sentence 1)', () => {
    for (const [key, list] of groups) {
      const firsts = list.map((t) => t.sentences[1]?.alternatives[0]);
      expect(new Set(firsts).size, key).toBe(list.length);
    }
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s is valid and round-trips through the body syntax', (_id, t) => {
    const body = templateToBody(t.sentences);
    expect(validateTemplate(body)).toEqual([]);
    expect(parseTemplateBody(body)).toEqual(t.sentences);
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s follows the sentence conventions', (_id, t) => {
    const [greeting, first, ...rest] = t.sentences;
    // A greeting that always renders.
    expect(greeting?.priority).toBe(REQUIRED_PRIORITY);
    expect(hasPlaceholder(greeting?.alternatives.at(-1) ?? '{x}')).toBe(false);
    for (const g of greeting?.alternatives ?? []) expect(g).toMatch(/[,!]$/);
    // Sentence 1 always follows the greeting: required, always renders, cased for that position.
    if (t.language === 'de' || t.format === 'connection-note') {
      expect(first?.priority).toBe(REQUIRED_PRIORITY);
      expect(hasPlaceholder(first?.alternatives.at(-1) ?? '{x}')).toBe(false);
    }
    for (const alt of first?.alternatives ?? []) {
      if (t.language === 'de') expect(alt).toMatch(/^(\p{Ll}|(Sie|Ihr|Ihre|Ihnen|Du|Dein|Deine|Dir|Dich)(?!\p{L}))/u);
      else if (t.format === 'connection-note') expect(alt).toMatch(/^I(?![a-z])/);
      else expect(alt).toMatch(/^\p{Lu}/u);
    }
    // Later sentences start a new sentence: never lower case.
    for (const s of rest) for (const alt of s.alternatives) expect(alt).not.toMatch(/^\p{Ll}/u);
    // A low-pressure question is always part of the draft.
    expect(t.sentences.some((s) => s.priority === REQUIRED_PRIORITY && s.alternatives.every((a) => a.includes('?')))).toBe(true);
    // Connection notes stay on one line; messages use paragraphs and end with a name line.
    if (t.format === 'connection-note') {
      expect(t.sentences.every((s) => s.lead === 'space')).toBe(true);
      expect(t.sentences.some((s) => s.priority === REQUIRED_PRIORITY && s.alternatives.some((a) => /\{(theyTeach|iTeach)\}/.test(a)))).toBe(true);
    } else {
      expect(t.sentences.some((s) => s.lead === 'paragraph')).toBe(true);
      expect(rest.at(-1)?.alternatives).toEqual([expect.stringMatching(/^\{my(First)?Name\}$/)]);
    }
    // No gendered salutations.
    const all = t.sentences.flatMap((s) => s.alternatives).join(' ');
    expect(all).not.toMatch(t.language === 'en' ? GENDERED_EN : GENDERED_DE);
    expect(greeting?.alternatives.join(' ')).not.toMatch(/^(Liebe|Lieber)\s/u);
  });
});

interface Case {
  template: SentenceTemplate;
  person: string;
  skills: string;
  myName: string;
  limit: number;
}

const cases: Case[] = [];
for (const template of BUILTIN_TEMPLATES) {
  for (const person of Object.keys(PEOPLE)) {
    for (const skills of Object.keys(SKILL_SETS)) {
      for (const myName of MY_NAMES) {
        for (const limit of LIMITS[template.format]) cases.push({ template, person, skills, myName, limit });
      }
    }
  }
}

function ctxFor(c: Case): DraftContext {
  const set = SKILL_SETS[c.skills]![c.template.language];
  return { language: c.template.language, limit: c.limit, person: PEOPLE[c.person]!, myName: c.myName, theyTeach: set.they, iTeach: set.mine };
}

/** Words of a text without surrounding punctuation, to check that a cut ends on a whole word. */
const words = (text: string) => new Set(text.split(/\s+/u).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean));

describe('every built-in template renders cleanly for every person, skill set and limit', () => {
  it(`renders ${cases.length} drafts within their limits without broken text`, () => {
    for (const c of cases) {
      const label = `${c.template.id} · ${c.person} · ${c.skills} · "${c.myName}" · ${c.limit}`;
      const d = renderDraft(c.template, ctxFor(c));
      const text = d.text;
      expect(d.limit, label).toBe(c.limit);
      // The counter the sidebar shows is the draft's own count, and the text itself is within the limit.
      expect(d.length, label).toBe(text.length);
      expect(text.length, label).toBeLessThanOrEqual(c.limit);
      expect(text.length, label).toBeGreaterThan(0);
      expect(text, label).toBe(text.trim());
      expect(text, label).not.toMatch(/[{}]|undefined|null|NaN/);
      expect(text, label).not.toMatch(/ {2}|\n{3}| [,.;:!?]|,[,.]|\.\.|\( |\(\)/);
      expect(text, label).not.toMatch(LONE_SURROGATE);
      if (c.template.format === 'connection-note') expect(text, label).not.toContain('\n');
      expect(d.shortened, label).toBe(d.shortening.length > 0);

      if (text.endsWith('…')) {
        expect(d.shortening, label).toContain('truncated');
        const core = text.slice(0, -1);
        expect(core, label).not.toMatch(/\s$/u);
        // The last word before "…" is a whole word of the unshortened draft: no cut inside a word.
        const full = renderDraft(c.template, { ...ctxFor(c), limit: 100_000 }).text;
        const last = [...words(core)].at(-1) ?? '';
        expect(words(full).has(last), `${label}: "${last}"`).toBe(true);
      }

      if (c.template.language === 'en') expect(text, label).not.toMatch(GENDERED_EN);
      if (c.template.address === 'du') {
        expect(text, label).not.toMatch(SIE_FORMS);
        expect(text, label).not.toMatch(LOWERCASE_DU_FORMS);
      }
      if (c.template.address === 'sie') {
        expect(text, label).not.toMatch(DU_FORMS);
        expect(text, label).not.toMatch(LOWERCASE_SIE_FORMS);
      }
    }
  }, 30_000); // thousands of renders: generous on a loaded 2-core CI machine

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s: a typical draft keeps the essentials without truncation', (_id, t) => {
    const limit = t.format === 'message' ? 2000 : 200;
    const set = SKILL_SETS.typical![t.language];
    const d = renderDraft(t, { language: t.language, limit, person: PEOPLE.standard!, myName: 'Alex Berger', theyTeach: set.they, iTeach: set.mine });
    expect(d.shortening).not.toContain('truncated');
    expect(d.text).toMatch(/^(Hi|Hello|Dear|Hallo|Guten Tag)\b/);
    expect(d.text).toContain(t.format === 'connection-note' || t.language === 'de' ? (t.address === 'sie' ? 'Mila Schmidt' : 'Mila') : 'Mila');
    expect(d.text).toContain(set.they[0]!);
    expect(d.text).toContain(set.mine[0]!);
    expect(d.text).toMatch(/\?/);
    if (t.format === 'message') {
      expect(d.shortened).toBe(false);
      for (const label of [...set.they, ...set.mine]) expect(d.text).toContain(label);
      expect(d.text).toMatch(t.address === 'du' && t.tone !== 'formal' ? /\nAlex$/ : /\nAlex Berger$/);
    }
    if (t.address === 'sie') expect(d.text).toMatch(SIE_FORMS);
    if (t.address === 'du') expect(d.text).toMatch(DU_FORMS);
    // Premium room never makes a note worse.
    if (t.format === 'connection-note') {
      const premium = renderDraft(t, { language: t.language, limit: 300, person: PEOPLE.standard!, myName: 'Alex Berger', theyTeach: set.they, iTeach: set.mine });
      expect(premium.length).toBeGreaterThanOrEqual(d.length);
      expect(premium.shortening).not.toContain('truncated');
    }
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s: with no skills at all, the exchange idea and the ask remain', (_id, t) => {
    const limit = t.format === 'message' ? 2000 : 200;
    const d = renderDraft(t, { language: t.language, limit, person: PEOPLE.standard!, myName: 'Alex Berger', theyTeach: [], iTeach: [] });
    expect(d.shortening).not.toContain('truncated');
    expect(d.text).toMatch(/equal footing|each other|mentoring|swap|learn|Augenhöhe|voneinander|Mentoring|Wissenstausch/u);
    expect(d.text).toMatch(/\?/);
  });
});
