import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '../../utils/outreach/builtin-templates';
import { generateDrafts } from '../../utils/outreach/generate';
import { parseTemplateBody, validateTemplate } from '../../utils/outreach/syntax';
import {
  builtinsFor,
  describeIssue,
  draftFromBuiltin,
  positionOf,
  toStoredTemplate,
  type TemplateDraft,
} from '../../utils/outreach/user-templates';
import { previewDraft, previewTemplate } from '../../utils/outreach/template-preview';
import { OutreachTemplateSchema } from '../../utils/schemas/template';
import { fakeSkills } from '../matching/fake-skills';

const NOW = 1_750_000_000_000;

describe('duplicating a built-in template', () => {
  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s becomes a valid user template with the same sentences', (_id, t) => {
    const draft = draftFromBuiltin(t, '(copy)');
    expect(draft.name).toBe(`${t.name} (copy)`);
    expect(validateTemplate(draft.body)).toEqual([]);
    expect(parseTemplateBody(draft.body)).toEqual(t.sentences);
    const stored = toStoredTemplate(draft, 'user:x', NOW);
    expect(OutreachTemplateSchema.parse(stored)).toEqual(stored);
    expect(stored.address).toBe(t.address);
  });
});

describe('toStoredTemplate', () => {
  const draft: TemplateDraft = { name: '  Mine ', language: 'en', address: 'du', tone: 'warm', format: 'message', body: 'Hi {firstName}!' };

  it('trims the name, drops the address for English and keeps createdAt on edits', () => {
    const created = toStoredTemplate(draft, 'user:1', NOW);
    expect(created).toMatchObject({ id: 'user:1', name: 'Mine', address: null, createdAt: NOW, updatedAt: NOW });
    const edited = toStoredTemplate({ ...draft, language: 'de', address: 'sie' }, 'user:1', NOW + 5, created);
    expect(edited).toMatchObject({ address: 'sie', createdAt: NOW, updatedAt: NOW + 5 });
  });

  it('saved user templates come first among the drafts and fill in the person', () => {
    const stored = toStoredTemplate({ ...draft, format: 'connection-note', body: 'Hi {firstName}, {theyTeach} for {iTeach}? Coffee?' }, 'user:1', NOW);
    const drafts = generateDrafts({
      match: { theyTeachMe: ['strategy'], iTeachThem: ['genai'] },
      me: { name: 'Alex' },
      them: { fullName: 'Mila Schmidt' },
      format: 'connection-note',
      tone: 'warm',
      language: 'en',
      address: 'sie',
      premium: false,
      skills: fakeSkills,
      templates: [stored],
    });
    expect(drafts[0]?.templateId).toBe('user:1');
    expect(drafts[0]?.text).toBe('Hi Mila, strategy for Generative AI? Coffee?');
    expect(drafts.length).toBeGreaterThanOrEqual(4);
  });
});

describe('describeIssue', () => {
  it('names the unknown placeholder with its line and column', () => {
    const body = 'Hi {firstName},\nlet us talk about {skillz}.';
    const [issue, ...rest] = validateTemplate(body);
    expect(rest).toEqual([]);
    expect(describeIssue(body, issue!)).toEqual({ kind: 'unknown-placeholder', params: ['{skillz}', 2, 19] });
  });

  it('reports a stray brace and an invalid priority', () => {
    const body = '{p:9}Hi } there';
    const described = validateTemplate(body).map((i) => describeIssue(body, i));
    expect(described).toContainEqual({ kind: 'invalid-priority', params: ['{p:9}', 1, 1] });
    expect(described).toContainEqual({ kind: 'unbalanced-brace', params: ['}', 1, 9] });
  });

  it('reports an empty body', () => {
    expect(validateTemplate('   ').map((i) => describeIssue('   ', i))).toEqual([{ kind: 'empty', params: ['', 1, 1] }]);
  });

  it('counts positions from 1', () => {
    expect(positionOf('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(positionOf('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('builtinsFor', () => {
  it('lists the three tones × three drafts of one variant and format', () => {
    for (const [language, address] of [['en', 'sie'], ['de', 'du'], ['de', 'sie']] as const) {
      for (const format of ['connection-note', 'message'] as const) {
        const list = builtinsFor(BUILTIN_TEMPLATES, language, address, format);
        expect(list).toHaveLength(9);
        expect(list.every((t) => t.language === language && t.format === format)).toBe(true);
        if (language === 'de') expect(list.every((t) => t.address === address)).toBe(true);
      }
    }
  });
});

describe('template previews', () => {
  it('render every built-in template for the sample person within its limit', () => {
    for (const t of BUILTIN_TEMPLATES) {
      for (const premium of [false, true]) {
        const d = previewTemplate(t, '', premium);
        expect(d.length).toBeLessThanOrEqual(t.format === 'message' ? 2000 : premium ? 300 : 200);
        expect(d.text).toContain('Mila');
      }
    }
  });

  it('show nothing for a template with problems', () => {
    const base: TemplateDraft = { name: 'x', language: 'en', address: null, tone: 'warm', format: 'connection-note', body: 'Hi {nope}' };
    expect(previewDraft(base, 'Alex', false)).toBeNull();
    expect(previewDraft({ ...base, body: 'Hi {firstName}, coffee?' }, 'Alex', false)?.text).toBe('Hi Mila, coffee?');
  });
});
