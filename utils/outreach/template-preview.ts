import type { Lang } from '../matching/types';
import { outreachLimit } from './count';
import { renderDraft, toSentenceTemplate } from './generate';
import type { Draft, SentenceTemplate } from './types';
import type { OutreachTemplate } from '../schemas/template';
import type { TemplateDraft } from './user-templates';

/** An invented person and skills, so a template can be previewed in options before any profile is open. */
const SAMPLE_PERSON = { fullName: 'Mila Schmidt', role: 'Head of Marketing', company: 'Acme GmbH', headline: null };
const SAMPLE_SKILLS: Readonly<Record<Lang, { they: string[]; mine: string[] }>> = {
  en: { they: ['strategy', 'negotiation'], mine: ['Generative AI', 'TikTok marketing'] },
  de: { they: ['Strategie', 'Verhandlungsführung'], mine: ['Generative KI', 'TikTok-Marketing'] },
};

/** A built-in or (valid) user template rendered for the sample person within its LinkedIn limit. */
export function previewTemplate(template: SentenceTemplate, myName: string, premium: boolean): Draft {
  const skills = SAMPLE_SKILLS[template.language];
  return renderDraft(template, {
    language: template.language,
    limit: outreachLimit(template.format, premium),
    person: SAMPLE_PERSON,
    myName: myName.trim() || 'Alex Berger',
    theyTeach: skills.they,
    iTeach: skills.mine,
  });
}

/** Preview of a template being edited; null while it has validation issues (it would never be used). */
export function previewDraft(draft: TemplateDraft, myName: string, premium: boolean): Draft | null {
  const asTemplate: OutreachTemplate = { ...draft, id: 'preview', name: draft.name || 'preview', createdAt: 0, updatedAt: 0 };
  const sentences = toSentenceTemplate(asTemplate);
  return sentences ? previewTemplate(sentences, myName, premium) : null;
}
