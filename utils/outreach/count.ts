import type { OutreachFormat } from '../schemas/template';

/** LinkedIn limits: invitation note 200 characters (300 with Premium); messages are capped here at 2,000. */
export const CONNECTION_NOTE_LIMIT = 200;
export const CONNECTION_NOTE_LIMIT_PREMIUM = 300;
export const MESSAGE_LIMIT = 2000;

export function outreachLimit(format: OutreachFormat, premium: boolean): number {
  if (format === 'message') return MESSAGE_LIMIT;
  return premium ? CONNECTION_NOTE_LIMIT_PREMIUM : CONNECTION_NOTE_LIMIT;
}

/**
 * Characters as LinkedIn's input fields count them. We could not verify LinkedIn's counter offline, so
 * we count UTF-16 code units (String.length) – what a browser `maxlength` and a JS `value.length`
 * counter see. An emoji outside the BMP therefore counts 2 and a line break 1. If LinkedIn counts
 * code points instead, this only over-counts, so drafts stay within the real limit.
 */
export function countLinkedInChars(text: string): number {
  return text.length;
}
