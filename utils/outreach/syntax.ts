import { isPlaceholderName, type PlaceholderName } from './placeholders';
import { MIN_PRIORITY, REQUIRED_PRIORITY, type SentenceLead, type TemplateSentence } from './types';

/*
 * Template body syntax (what a user-editable OutreachTemplate.body holds):
 *
 *   {firstName}     a placeholder (see placeholders.ts)
 *   {{  }}          a literal "{" / "}"
 *   {p:N}           starts a sentence with priority N (1 = dropped first … 5 = never dropped to save space);
 *                   the whitespace before the marker joins it to the previous sentence
 *                   (blank line = new paragraph, line break = new line, else a space)
 *   {or}            separates alternatives of one sentence: the first whose placeholders all have values wins
 *
 * Bodies without any {p:N} marker are split automatically at line breaks and after . ! ? … followed by
 * whitespace; the first and last sentence then get priority 5, sentences with a skill placeholder or a
 * question 4, all others 2.
 */

export type Token =
  | { kind: 'text'; value: string; index: number }
  | { kind: 'placeholder'; name: PlaceholderName; index: number }
  | { kind: 'marker'; priority: number; index: number }
  | { kind: 'or'; index: number }
  | { kind: 'unknown'; name: string; index: number };

export type TemplateIssue =
  | { kind: 'unknown-placeholder'; name: string; index: number }
  | { kind: 'unbalanced-brace'; index: number }
  | { kind: 'invalid-priority'; value: string; index: number }
  | { kind: 'empty'; index: number };

const MARKER = /^p:(\d+)$/;

export function tokenize(body: string): { tokens: Token[]; issues: TemplateIssue[] } {
  const tokens: Token[] = [];
  const issues: TemplateIssue[] = [];
  let text = '';
  let textStart = 0;
  const flush = () => {
    if (text) tokens.push({ kind: 'text', value: text, index: textStart });
    text = '';
  };
  const addText = (s: string, at: number) => {
    if (!text) textStart = at;
    text += s;
  };

  let i = 0;
  while (i < body.length) {
    const ch = body[i];
    const next = body[i + 1];
    if (ch === '{' && next === '{') {
      addText('{', i);
      i += 2;
    } else if (ch === '}' && next === '}') {
      addText('}', i);
      i += 2;
    } else if (ch === '}') {
      issues.push({ kind: 'unbalanced-brace', index: i });
      addText('}', i);
      i += 1;
    } else if (ch === '{') {
      const close = body.indexOf('}', i + 1);
      const reopen = body.indexOf('{', i + 1);
      if (close === -1 || (reopen !== -1 && reopen < close)) {
        issues.push({ kind: 'unbalanced-brace', index: i });
        addText('{', i);
        i += 1;
        continue;
      }
      const inner = body.slice(i + 1, close);
      flush();
      const marker = MARKER.exec(inner);
      if (isPlaceholderName(inner)) tokens.push({ kind: 'placeholder', name: inner, index: i });
      else if (inner === 'or') tokens.push({ kind: 'or', index: i });
      else if (marker) {
        const priority = Number(marker[1]);
        if (priority < MIN_PRIORITY || priority > REQUIRED_PRIORITY) {
          issues.push({ kind: 'invalid-priority', value: inner, index: i });
        }
        tokens.push({ kind: 'marker', priority: Math.min(REQUIRED_PRIORITY, Math.max(MIN_PRIORITY, priority)), index: i });
      } else {
        issues.push({ kind: 'unknown-placeholder', name: inner, index: i });
        tokens.push({ kind: 'unknown', name: inner, index: i });
      }
      i = close + 1;
    } else {
      addText(ch ?? '', i);
      i += 1;
    }
  }
  flush();
  return { tokens, issues };
}

/** Problems that stop a template from being used; reported to the user, never sent. */
export function validateTemplate(body: string): TemplateIssue[] {
  const { tokens, issues } = tokenize(body);
  const hasContent = tokens.some((t) => (t.kind === 'text' ? t.value.trim().length > 0 : t.kind === 'placeholder'));
  return hasContent ? issues : [...issues, { kind: 'empty', index: 0 }];
}

/** A compiled alternative: literal strings and placeholder names, in order. */
export type Part = string | { placeholder: PlaceholderName } | { unknown: string };

const compiled = new Map<string, Part[]>();

/** Compile one sentence alternative (cached: built-in templates are compiled once). */
export function compileAlternative(source: string): Part[] {
  const hit = compiled.get(source);
  if (hit) return hit;
  const parts: Part[] = [];
  for (const t of tokenize(source).tokens) {
    if (t.kind === 'text') parts.push(t.value);
    else if (t.kind === 'placeholder') parts.push({ placeholder: t.name });
    else if (t.kind === 'unknown') parts.push({ unknown: t.name });
    // markers and {or} inside a single alternative have no meaning and are ignored
  }
  compiled.set(source, parts);
  return parts;
}

const escapeText = (s: string): string => s.replace(/\{/g, '{{').replace(/\}/g, '}}');

function serialize(tokens: readonly Token[]): string {
  return tokens
    .map((t) => {
      switch (t.kind) {
        case 'text':
          return escapeText(t.value);
        case 'placeholder':
          return `{${t.name}}`;
        case 'unknown':
          return `{${t.name}}`;
        case 'or':
          return '{or}';
        case 'marker':
          return `{p:${t.priority}}`;
      }
    })
    .join('');
}

function leadOf(whitespace: string): SentenceLead {
  const breaks = (whitespace.match(/\n/g) ?? []).length;
  return breaks >= 2 ? 'paragraph' : breaks === 1 ? 'line' : 'space';
}

function splitAlternatives(tokens: readonly Token[]): string[] {
  const out: Token[][] = [[]];
  for (const t of tokens) {
    if (t.kind === 'or') out.push([]);
    else out[out.length - 1]?.push(t);
  }
  return out.map((group) => serialize(group).trim()).filter((s) => s.length > 0);
}

function parseMarked(tokens: readonly Token[]): TemplateSentence[] {
  const sentences: TemplateSentence[] = [];
  let current: Token[] = [];
  let priority = REQUIRED_PRIORITY; // text before the first marker is kept
  let lead: SentenceLead = 'space';
  const finish = (): SentenceLead => {
    const raw = serialize(current);
    const trailing = /\s*$/.exec(raw)?.[0] ?? '';
    const alternatives = splitAlternatives(current);
    if (alternatives.length > 0) sentences.push({ alternatives, priority, lead });
    current = [];
    return leadOf(trailing);
  };
  for (const t of tokens) {
    if (t.kind === 'marker') {
      const nextLead = finish();
      lead = sentences.length === 0 ? 'space' : nextLead;
      priority = t.priority;
    } else current.push(t);
  }
  finish();
  return sentences;
}

const AUTO_BOUNDARY = /([.!?…])([ \t]*\n\s*|[ \t]+)|[ \t]*\n\s*/g;

function parseAuto(body: string): TemplateSentence[] {
  const pieces: { text: string; lead: SentenceLead }[] = [];
  let last = 0;
  let lead: SentenceLead = 'space';
  for (const m of body.matchAll(AUTO_BOUNDARY)) {
    const end = (m.index ?? 0) + (m[1]?.length ?? 0);
    pieces.push({ text: body.slice(last, end), lead });
    const separator = m[0].slice(m[1]?.length ?? 0);
    lead = leadOf(separator);
    last = (m.index ?? 0) + m[0].length;
  }
  pieces.push({ text: body.slice(last), lead });

  const sentences: TemplateSentence[] = [];
  let pendingLead: SentenceLead | null = null;
  for (const piece of pieces) {
    const alternatives = splitAlternatives(tokenize(piece.text).tokens);
    if (alternatives.length === 0) {
      pendingLead = strongerLead(pendingLead ?? 'space', piece.lead);
      continue;
    }
    const effectiveLead = sentences.length === 0 ? 'space' : strongerLead(pendingLead ?? 'space', piece.lead);
    pendingLead = null;
    sentences.push({ alternatives, priority: 2, lead: effectiveLead });
  }
  sentences.forEach((s, i) => {
    const text = s.alternatives.join(' ');
    if (i === 0 || i === sentences.length - 1) s.priority = REQUIRED_PRIORITY;
    else if (/\{(theyTeach|iTeach)\}|\?/.test(text)) s.priority = 4;
  });
  return sentences;
}

const LEAD_RANK: Readonly<Record<SentenceLead, number>> = { space: 0, line: 1, paragraph: 2 };

export function strongerLead(a: SentenceLead, b: SentenceLead): SentenceLead {
  return LEAD_RANK[a] >= LEAD_RANK[b] ? a : b;
}

/** A body (user template) as sentences. Call validateTemplate first: issues are not repaired here. */
export function parseTemplateBody(body: string): TemplateSentence[] {
  const { tokens } = tokenize(body);
  return tokens.some((t) => t.kind === 'marker') ? parseMarked(tokens) : parseAuto(body);
}

const LEAD_TEXT: Readonly<Record<SentenceLead, string>> = { space: ' ', line: '\n', paragraph: '\n\n' };

export function leadText(lead: SentenceLead): string {
  return LEAD_TEXT[lead];
}

/** Sentences as an editable body, e.g. to copy a built-in template into the user's own templates. */
export function templateToBody(sentences: readonly TemplateSentence[]): string {
  return sentences
    .map((s, i) => `${i === 0 ? '' : LEAD_TEXT[s.lead]}{p:${s.priority}}${s.alternatives.join('{or}')}`)
    .join('');
}
