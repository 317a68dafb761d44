import type { Lang } from '../matching/types';
import { templateToBody, type TemplateIssue } from './syntax';
import type { SentenceTemplate } from './types';
import type { OutreachTemplate } from '../schemas/template';

/** Ids of the user's templates; built-in ones start with `builtin:`. */
export const USER_TEMPLATE_PREFIX = 'user:';

export type TemplateDraft = Pick<OutreachTemplate, 'name' | 'language' | 'address' | 'tone' | 'format' | 'body'>;

export const EMPTY_TEMPLATE_DRAFT: TemplateDraft = {
  name: '',
  language: 'en',
  address: null,
  tone: 'warm',
  format: 'connection-note',
  body: '',
};

/** A built-in template as an editable draft ("Duplicate"): same settings, body in the template syntax. */
export function draftFromBuiltin(template: SentenceTemplate, copySuffix: string): TemplateDraft {
  return {
    name: `${template.name} ${copySuffix}`.trim(),
    language: template.language,
    address: template.address,
    tone: template.tone,
    format: template.format,
    body: templateToBody(template.sentences),
  };
}

/**
 * The record to store: English never carries a form of address; German keeps the chosen one or null
 * ("fits Du and Sie"). Timestamps: createdAt survives edits.
 */
export function toStoredTemplate(draft: TemplateDraft, id: string, now: number, existing?: OutreachTemplate): OutreachTemplate {
  return {
    id,
    name: draft.name.trim(),
    language: draft.language,
    address: draft.language === 'de' ? draft.address : null,
    tone: draft.tone,
    format: draft.format,
    body: draft.body,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
}

/** Where an issue sits, as a 1-based line and column a person can find. */
export function positionOf(body: string, index: number): { line: number; column: number } {
  const before = body.slice(0, Math.max(0, index));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

export interface IssueText {
  /** Locale key suffix: mt_issue_<kind>. */
  kind: TemplateIssue['kind'];
  /** Substitutions for the message: the offending text, then line and column. */
  params: [string, number, number];
}

/** What to tell the user about one validation issue (the text comes from the locales). */
export function describeIssue(body: string, issue: TemplateIssue): IssueText {
  const { line, column } = positionOf(body, issue.index);
  const what =
    issue.kind === 'unknown-placeholder'
      ? `{${issue.name}}`
      : issue.kind === 'invalid-priority'
        ? `{${issue.value}}`
        : issue.kind === 'unbalanced-brace'
          ? (body[issue.index] ?? '')
          : '';
  return { kind: issue.kind, params: [what, line, column] };
}

/** Built-in templates of one language/address variant and format, for the read-only list. */
export function builtinsFor(
  builtins: readonly SentenceTemplate[],
  language: Lang,
  address: 'du' | 'sie',
  format: SentenceTemplate['format'],
): SentenceTemplate[] {
  return builtins.filter(
    (t) => t.language === language && t.format === format && (language === 'en' || t.address === address),
  );
}
