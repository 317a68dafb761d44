import { describe, expect, it } from 'vitest';
import { PLACEHOLDERS } from '../../utils/outreach/placeholders';
import { parseTemplateBody, templateToBody, validateTemplate } from '../../utils/outreach/syntax';

describe('validateTemplate', () => {
  it('accepts every documented placeholder, markers, alternatives and escaped braces', () => {
    const body = `${PLACEHOLDERS.map((p) => `{${p}}`).join(' ')} {p:3}Hi {{literal}} {firstName}.{or}Hi.`;
    expect(validateTemplate(body)).toEqual([]);
  });

  it.each([
    ['Hi {frstName}!', [{ kind: 'unknown-placeholder', name: 'frstName', index: 3 }]],
    ['Hi {first name} and {Company}', [
      { kind: 'unknown-placeholder', name: 'first name', index: 3 },
      { kind: 'unknown-placeholder', name: 'Company', index: 20 },
    ]],
    ['Hi {firstName', [{ kind: 'unbalanced-brace', index: 3 }]],
    ['Hi firstName}', [{ kind: 'unbalanced-brace', index: 12 }]],
    ['Hi {first{Name}', [{ kind: 'unbalanced-brace', index: 3 }, { kind: 'unknown-placeholder', name: 'Name', index: 9 }]],
    ['{p:9}Hi there', [{ kind: 'invalid-priority', value: 'p:9', index: 0 }]],
    ['{p:0}Hi there', [{ kind: 'invalid-priority', value: 'p:0', index: 0 }]],
    ['   ', [{ kind: 'empty', index: 0 }]],
    ['{or}{p:2}', [{ kind: 'empty', index: 0 }]],
  ] as const)('%j → %j', (body, issues) => {
    expect(validateTemplate(body)).toEqual(issues);
  });
});

describe('parseTemplateBody', () => {
  it('splits marked bodies into sentences with priorities, leads and alternatives', () => {
    const body = '{p:5}Hi {firstName},{or}Hi,\n\n{p:2}I saw your work at {company}. {p:4}Coffee?\n{p:5}{myName}';
    expect(parseTemplateBody(body)).toEqual([
      { alternatives: ['Hi {firstName},', 'Hi,'], priority: 5, lead: 'space' },
      { alternatives: ['I saw your work at {company}.'], priority: 2, lead: 'paragraph' },
      { alternatives: ['Coffee?'], priority: 4, lead: 'space' },
      { alternatives: ['{myName}'], priority: 5, lead: 'line' },
    ]);
  });

  it('splits unmarked bodies at sentence ends and line breaks, with default priorities', () => {
    const body = 'Hi {firstName},\n\nI liked your post. I would love to learn {theyTeach}! Up for a chat?\nThanks.\n\n{myName}';
    expect(parseTemplateBody(body)).toEqual([
      { alternatives: ['Hi {firstName},'], priority: 5, lead: 'space' },
      { alternatives: ['I liked your post.'], priority: 2, lead: 'paragraph' },
      { alternatives: ['I would love to learn {theyTeach}!'], priority: 4, lead: 'space' },
      { alternatives: ['Up for a chat?'], priority: 4, lead: 'space' },
      { alternatives: ['Thanks.'], priority: 2, lead: 'line' },
      { alternatives: ['{myName}'], priority: 5, lead: 'paragraph' },
    ]);
  });

  it('keeps escaped braces escaped so a round trip is lossless', () => {
    const sentences = parseTemplateBody('{p:5}Use {{curly}} braces, {firstName}.');
    expect(sentences[0]?.alternatives).toEqual(['Use {{curly}} braces, {firstName}.']);
    expect(parseTemplateBody(templateToBody(sentences))).toEqual(sentences);
  });
});
