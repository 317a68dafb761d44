import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countLinkedInChars, outreachLimit } from '../../utils/outreach/count';
import { truncateAtWord } from '../../utils/outreach/truncate';
import { LONE_SURROGATE } from './fixtures';

describe('countLinkedInChars', () => {
  // LinkedIn's own counter cannot be checked offline. What must hold, and what the README promises: the count
  // is never below the characters a person sees, so a draft that fits here also fits a counter that counts
  // code points or whole characters; an emoji counts 2, as in a browser text field.
  const anyText = fc.string({ unit: 'grapheme', maxLength: 80 });

  it('never counts fewer than the code points (emoji, joiners and combining marks included)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(countLinkedInChars(text)).toBeGreaterThanOrEqual([...text].length);
      }),
    );
  });

  it('counts an emoji as 2, as the README says', () => {
    expect(countLinkedInChars('Hi 🚀!') - countLinkedInChars('Hi !')).toBe(2);
  });

  it('allows more for Premium invitation notes only, and the most for messages', () => {
    expect(outreachLimit('connection-note', true)).toBeGreaterThan(outreachLimit('connection-note', false));
    expect(outreachLimit('message', true)).toBe(outreachLimit('message', false));
    expect(outreachLimit('message', false)).toBeGreaterThan(outreachLimit('connection-note', true));
  });
});

describe('truncateAtWord', () => {
  it('leaves text within the limit untouched', () => {
    expect(truncateAtWord('Hello there', 11)).toBe('Hello there');
  });

  it.each([
    ['Would you like a coffee chat soon', 20, 'Would you like a…'],
    ['Hi Mila, would you like a chat', 12, 'Hi Mila…'], // the comma before the cut goes
    ['One sentence. Another sentence here', 20, 'One sentence.'], // ends on a full sentence: no "…"
    ['Hi 🚀🚀🚀🚀 rocket', 9, 'Hi…'], // never splits the emoji word
    ['Supercalifragilistic', 8, 'Superca…'], // one word longer than the limit: the only inner cut
    ['🚀🚀🚀🚀', 4, '🚀…'], // …and then only between whole characters
  ])('%j at %i → %j', (text, limit, expected) => {
    const out = truncateAtWord(text, limit);
    expect(out).toBe(expected);
    expect(countLinkedInChars(out)).toBeLessThanOrEqual(limit);
  });

  const word = fc.oneof(
    fc.stringMatching(/^[A-Za-zÄÖÜäöüß]{1,12}$/),
    fc.constantFrom('🚀', '👩‍👩‍👧', 'محمد', 'Grüße,', '„Reverse', 'Mentoring“', '–', 'e.g.', 'café'),
  );
  const sentence = fc.array(word, { minLength: 1, maxLength: 60 }).chain((ws) =>
    fc.array(fc.constantFrom(' ', ' ', '\n', '  '), { minLength: ws.length, maxLength: ws.length }).map((seps) =>
      ws.map((w, i) => w + (i < ws.length - 1 ? seps[i] : '')).join(''),
    ),
  );

  it('never exceeds the limit, never cuts inside a word, never breaks a surrogate pair', () => {
    fc.assert(
      fc.property(sentence, fc.integer({ min: 2, max: 400 }), (text, limit) => {
        const out = truncateAtWord(text, limit);
        expect(countLinkedInChars(out)).toBeLessThanOrEqual(limit);
        expect(out).not.toMatch(LONE_SURROGATE);
        if (out === text) return;
        const core = out.endsWith('…') && !text.startsWith(out) ? out.slice(0, -1) : out;
        expect(text.startsWith(core)).toBe(true);
        // What follows the kept text in the original is not the rest of a word…
        const next = text.slice(core.length);
        const firstWordOfText = text.split(/\s/u)[0] ?? '';
        if (core.length > 0 && firstWordOfText.length + 1 <= limit) expect(next).toMatch(/^([\s,;:–\-„]|$)/u);
      }),
      { numRuns: 1000 },
    );
  });
});
