import { describe, expect, it } from 'vitest';
import { foldText, spellOutUmlauts, stripAccents, umlautVariant } from '../../utils/skills/fold';
import { foldForSearch, searchableText } from '../../utils/network/entry';

// Every letter of Latin-1 and Latin Extended-A (À–ſ): what names and skills on LinkedIn/XING are written in.
const LATIN_LETTERS = Array.from({ length: 0x017f - 0x00c0 + 1 }, (_, i) => String.fromCodePoint(0x00c0 + i)).filter((ch) =>
  /\p{L}/u.test(ch),
);

describe('one accent folding for skills and the network search', () => {
  it('folds every Latin letter to plain a–z, the same in the skill index and the popup search', () => {
    const differing = LATIN_LETTERS.filter((letter) => {
      // A word around the letter: foldText works per token, foldForSearch on free text.
      const word = `x${letter}y`;
      return foldForSearch(word) !== foldText(word) || !/^x[a-z]+y$/.test(foldForSearch(word));
    });
    expect(differing).toEqual([]);
  });

  it.each([
    ['Łódź', 'lodz'],
    ['Søren Ødegaard', 'soren odegaard'],
    ['Straße', 'strasse'],
    ['ẞTRASSE', 'sstrasse'],
    ['Æsir Œuvre', 'aesir oeuvre'],
    ['Þór Ðuro Đoković', 'thor duro dokovic'],
    ['Iıgdır', 'iigdir'],
    ['José Müller-Lüdenscheidt', 'jose muller ludenscheidt'],
    ['Fu\u0308hrung', 'fuhrung'],
  ])('%j → %j in both', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
    expect(foldText(text)).toBe(folded);
  });

  it('stripAccents keeps ASCII untouched and everything that is not a mark', () => {
    expect(stripAccents('c++ & .net 4.0')).toBe('c++ & .net 4.0');
    expect(stripAccents('éa–b')).toBe('ea–b');
  });
});

describe('the ae/oe/ue spelling of umlauts, for skills and names alike', () => {
  it('writes out every umlaut in either case, and says when there is none', () => {
    expect(spellOutUmlauts('Jürgen Äbi Öz')).toBe('Juergen Aebi Oez');
    expect(spellOutUmlauts('ÜBER Bäckerei')).toBe('UeBER Baeckerei');
    expect(spellOutUmlauts('Fu\u0308hrung')).toBe('Fuehrung');
    expect(spellOutUmlauts('José Straße')).toBeNull();
  });

  it('the skill index and the popup search both find "Mueller" and "Muller" for "Müller"', () => {
    expect(umlautVariant('Müller')).toBe('mueller');
    const text = searchableText(['Jürgen MÜLLER']);
    expect(text).toContain(' juergen mueller ');
    expect(text).toContain(' jurgen muller ');
    expect(searchableText(['Ada Lovelace'])).toBe(' ada lovelace ');
  });
});
