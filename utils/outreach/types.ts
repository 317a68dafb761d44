import type { OutreachFormat, OutreachTone } from '../schemas/template';
import type { Lang } from '../matching/types';

export type AddressForm = 'du' | 'sie';

/** How a sentence is joined to the text before it. */
export type SentenceLead = 'space' | 'line' | 'paragraph';

/**
 * One sentence of a template. `alternatives` use the placeholder syntax (see syntax.ts); the first one
 * whose placeholders all have values is used, and if none has, the sentence is left out – so a missing
 * company or an empty skill list never leaves a broken sentence behind.
 */
export interface TemplateSentence {
  alternatives: string[];
  /** 1 (dropped first) … 5 (REQUIRED_PRIORITY: never dropped to save space). */
  priority: number;
  lead: SentenceLead;
}

/** A template as sentences with priorities, so drafts can be shortened sentence by sentence. */
export interface SentenceTemplate {
  id: string;
  name: string;
  language: Lang;
  /** German only: which form of address the wording uses; null for English (and "any" for user templates). */
  address: AddressForm | null;
  tone: OutreachTone;
  format: OutreachFormat;
  sentences: TemplateSentence[];
}

export const REQUIRED_PRIORITY = 5;
export const MIN_PRIORITY = 1;

/** What a shortened draft gave up, in the order the steps ran. */
export type ShorteningStep = 'sentences' | 'skills' | 'role' | 'name' | 'truncated';

export interface Draft {
  id: string;
  templateId: string;
  tone: OutreachTone;
  text: string;
  /** countLinkedInChars(text). */
  length: number;
  limit: number;
  shortened: boolean;
  shortening: ShorteningStep[];
}
