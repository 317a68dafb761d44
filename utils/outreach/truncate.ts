import { countLinkedInChars } from './count';

export const ELLIPSIS = '…';

// Left dangling at a cut: separators and opening brackets/quotes („ opens German quotes; “ may close them).
const TRAILING_JUNK = /[\s,;:–—\-(\[„/]+$/u;
const SENTENCE_END = /[.!?…]$/u;

let segmenter: Intl.Segmenter | null = null;

/** Cut to at most `max` code units without splitting a grapheme (surrogate pair, emoji sequence). */
function cutGraphemes(text: string, max: number): string {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let out = '';
  for (const { segment } of segmenter.segment(text)) {
    if (out.length + segment.length > max) break;
    out += segment;
  }
  return out;
}

/**
 * Shorten `text` to `limit` (counted with countLinkedInChars) at a word boundary, ending in "…".
 * Cuts only at whitespace, so never inside a word, a surrogate pair or an emoji sequence; trailing
 * commas, dashes and opening quotes are removed first. If the cut lands right after a complete sentence,
 * no "…" is added. Only a single word longer than the whole limit is cut inside (at a grapheme boundary).
 */
export function truncateAtWord(text: string, limit: number): string {
  if (countLinkedInChars(text) <= limit) return text;
  if (limit <= ELLIPSIS.length) return limit <= 0 ? '' : ELLIPSIS;
  const budget = limit - ELLIPSIS.length;

  // Largest whitespace position p ≤ budget: text.slice(0, p) then ends at the end of a word.
  let p = budget;
  while (p > 0 && !/\s/.test(text[p] ?? '')) p -= 1;
  // No whitespace at all before the budget: one word longer than the limit, cut between graphemes.
  const prefix = (p > 0 ? text.slice(0, p) : cutGraphemes(text, budget)).replace(TRAILING_JUNK, '');
  if (SENTENCE_END.test(prefix) && countLinkedInChars(prefix) <= limit) return prefix;
  return prefix + ELLIPSIS;
}
