/// <reference types="dom-chromium-ai" />
import type { Lang } from '../matching/types';
import { countLinkedInChars } from '../outreach/count';
import { truncateAtWord } from '../outreach/truncate';
import type { AddressForm } from '../outreach/types';
import type { OutreachFormat } from '../schemas/template';

/*
 * Optional on-device rewriting with Chrome's built-in Prompt API (`LanguageModel`, Chrome 138+ in
 * extensions). Chromium builds and Firefox have no model: everything here is behind feature detection,
 * and the template drafts never wait for it. The model runs locally; nothing goes over the network.
 */

type LanguageModelStatic = Pick<typeof LanguageModel, 'availability' | 'create'>;

/** The global `LanguageModel`, or null where the browser has none. */
function languageModelOf(scope: object): LanguageModelStatic | null {
  if (!('LanguageModel' in scope)) return null;
  const lm = (scope as { LanguageModel?: unknown }).LanguageModel;
  if (!lm || typeof (lm as LanguageModelStatic).availability !== 'function') return null;
  return lm as LanguageModelStatic;
}

const ioOptions = (lang: Lang) => ({
  expectedInputs: [{ type: 'text' as const, languages: [lang] }],
  expectedOutputs: [{ type: 'text' as const, languages: [lang] }],
});

/**
 * True only when the model is ready to use now ("available"). A model that would first have to be
 * downloaded counts as unavailable: "Rephrase" must never start a multi-gigabyte download by surprise.
 */
export async function canRephrase(lang: Lang, scope: object = globalThis): Promise<boolean> {
  const lm = languageModelOf(scope);
  if (!lm) return false;
  try {
    return (await lm.availability(ioOptions(lang))) === 'available';
  } catch {
    return false;
  }
}

export interface RephraseRequest {
  text: string;
  language: Lang;
  address: AddressForm;
  format: OutreachFormat;
  limit: number;
}

/** Instructions for the model: keep facts and the ask, change the wording, respect the limit. */
export function rephrasePrompt(r: RephraseRequest): { system: string; user: string } {
  const language = r.language === 'de' ? 'German' : 'English';
  const address =
    r.language === 'de'
      ? r.address === 'sie'
        ? ' Address the reader formally with "Sie" (Sie, Ihnen, Ihr) throughout, never with "du".'
        : ' Address the reader informally with a capitalised "Du" (Du, Dir, Dich, Dein) throughout, never with "Sie".'
      : '';
  const shape =
    r.format === 'connection-note'
      ? 'It is a LinkedIn connection note: one paragraph, no line breaks.'
      : 'It is a LinkedIn message: keep the greeting, short paragraphs and the signature.';
  return {
    system:
      `You rewrite short LinkedIn outreach drafts in ${language}. Keep every fact: the names, the skills, ` +
      'the idea of a mentoring exchange on equal footing and the low-pressure ask for a short call or coffee chat. ' +
      `Change the wording so it sounds natural and personal. ${shape}${address} ` +
      `The result must be at most ${r.limit} characters. Reply with the rewritten text only: no quotes, no comments.`,
    user: r.text,
  };
}

/**
 * The model's answer made safe to use as a draft: surrounding quotes and whitespace removed, a
 * connection note kept on one line, and never longer than the limit (cut at a word boundary).
 * Null when nothing usable came back.
 */
export function cleanRephrased(raw: string, r: Pick<RephraseRequest, 'format' | 'limit'>): string | null {
  let text = raw.trim().replace(/^["'“„«»]+|["'”“«»]+$/gu, '').trim();
  if (r.format === 'connection-note') text = text.replace(/\s*\n\s*/g, ' ');
  else text = text.replace(/\n{3,}/g, '\n\n');
  if (!text) return null;
  return countLinkedInChars(text) > r.limit ? truncateAtWord(text, r.limit) : text;
}

/** Rewrites a draft on the device. Throws when the model fails; callers keep the template text then. */
export async function rephraseDraft(r: RephraseRequest, signal?: AbortSignal, scope: object = globalThis): Promise<string> {
  const lm = languageModelOf(scope);
  if (!lm) throw new Error('LanguageModel unavailable');
  const { system, user } = rephrasePrompt(r);
  const session = await lm.create({ ...ioOptions(r.language), signal, initialPrompts: [{ role: 'system', content: system }] });
  try {
    const raw = await session.prompt(user, { signal });
    const text = cleanRephrased(raw, r);
    if (text === null) throw new Error('empty answer');
    return text;
  } finally {
    session.destroy();
  }
}
