export type { AddressForm, Draft, SentenceLead, SentenceTemplate, ShorteningStep, TemplateSentence } from './types';
export { REQUIRED_PRIORITY, MIN_PRIORITY } from './types';
export { PLACEHOLDERS, PLACEHOLDER_DOCS, type PlaceholderName, type PlaceholderValues } from './placeholders';
export { validateTemplate, parseTemplateBody, templateToBody, type TemplateIssue } from './syntax';
export { BUILTIN_TEMPLATES } from './builtin-templates';
export {
  countLinkedInChars,
  outreachLimit,
  CONNECTION_NOTE_LIMIT,
  CONNECTION_NOTE_LIMIT_PREMIUM,
  MESSAGE_LIMIT,
} from './count';
export { truncateAtWord, ELLIPSIS } from './truncate';
export { firstNameOf, roleHead, cleanValue } from './names';
export { renderTemplate, renderSentence } from './render';
export {
  generateDrafts,
  renderDraft,
  toSentenceTemplate,
  INITIAL_SKILLS,
  MIN_DRAFTS,
  type DraftContext,
  type DraftPerson,
  type GenerateDraftsInput,
} from './generate';
export { computeMatchAndDrafts, type ComputeMatchAndDraftsInput, type MatchAndDrafts } from './compute';
