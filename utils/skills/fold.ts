/**
 * Text folding shared by the skill index, search and free-text detection.
 *
 * Folding is per token so free text can be matched token by token while keeping the raw token
 * (needed for the case-sensitive rule on short aliases, see find-in-text.ts):
 * - lowercase, diacritics stripped (ä→a, é→e), ß→ss, æ→ae, ø→o …;
 * - punctuation and whitespace separate tokens and are dropped, except where they carry meaning:
 *   a trailing `+`/`#` stays with its word (`C++`→`cplusplus`, `C#`→`csharp`, so they do not
 *   collapse into `C`), a leading `.` becomes `dot` (`.NET`→`dotnet`, while `ASP.NET`→`asp net`),
 *   and `&` is the word `and` (`M&A`→`m and a`, distinct from `MA`).
 *
 * Umlauts: `ä`→`a` is what users get when they type without umlauts ("Fuhrung"), but German also
 * spells them `ae/oe/ue` ("Fuehrung"). Folding `ue`→`u` would damage ordinary words ("Queue",
 * "Blue"), so the index instead stores both spellings of every umlaut term (see umlautVariant).
 */

const TOKEN_RE =
  /&|(?<![\p{L}\p{N}\p{M}])\.[\p{L}\p{N}][\p{L}\p{N}\p{M}]*|[\p{L}\p{N}\p{M}]+(?:[+#]+(?![\p{L}\p{N}]))?/gu;
const MARKS_RE = /\p{M}/gu;
const NON_ALNUM_RE = /[^\p{L}\p{N}]/gu;
/**
 * Letters of Latin-1 and Latin Extended-A that NFKD does not decompose into a base letter plus a mark (lower
 * case: callers lowercase first). The one table for skills and the network search.
 */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ŋ: 'n',
  ĸ: 'k',
  // NFKD would leave a middle dot (ŀ) or an apostrophe (ŉ) inside the word.
  ŀ: 'l',
  ŉ: 'n',
};
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');
const ASCII_RE = /^[\x00-\x7f]*$/;

/**
 * Lowercased text without diacritics (ä→a, é→e, ß→ss, æ→ae, ø→o …); everything else is kept as it is.
 * The one accent folding of the extension: skill tokens here, the popup's network search (utils/network).
 */
export function stripAccents(lower: string): string {
  // Pure ASCII needs no Unicode normalisation: skips the slow path for most text.
  if (ASCII_RE.test(lower)) return lower;
  return lower.replace(SPECIAL_RE, (ch) => SPECIAL_LETTERS[ch] ?? ch).normalize('NFKD').replace(MARKS_RE, '');
}

/** The text with German umlauts written out (ä→ae, Ö→Oe, ü→ue), or null when it has none. */
export function spellOutUmlauts(text: string): string | null {
  const nfc = text.normalize('NFC');
  if (!/[äöüÄÖÜ]/.test(nfc)) return null;
  return nfc.replace(/ä/g, 'ae').replace(/Ä/g, 'Ae').replace(/ö/g, 'oe').replace(/Ö/g, 'Oe').replace(/ü/g, 'ue').replace(/Ü/g, 'Ue');
}

/** One token of a text: as written, and folded. */
export interface Token {
  raw: string;
  folded: string;
}

function foldToken(raw: string): string {
  if (raw === '&') return 'and';
  let t = raw.toLowerCase();
  let prefix = '';
  if (t.startsWith('.')) {
    prefix = 'dot';
    t = t.slice(1);
  }
  let suffix = '';
  const symbols = /[+#]+$/.exec(t);
  if (symbols) {
    suffix = symbols[0].replace(/\+/g, 'plus').replace(/#/g, 'sharp');
    t = t.slice(0, symbols.index);
  }
  if (!ASCII_RE.test(t)) t = stripAccents(t).replace(NON_ALNUM_RE, '');
  return prefix + t + suffix;
}

/** Splits text into tokens; tokens that fold to nothing (e.g. a lone combining mark) are dropped. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_RE)) {
    const folded = foldToken(match[0]);
    if (folded) tokens.push({ raw: match[0], folded });
  }
  return tokens;
}

/** Lowercase, accent-free, punctuation-free form with single spaces: `"Führung & KI"` → `"fuhrung and ki"`. */
export function foldText(text: string): string {
  return tokenize(text)
    .map((t) => t.folded)
    .join(' ');
}

/** Folded form without spaces: the key for exact matching, so `Change-Management` = `Changemanagement`. */
export function compactKey(folded: string): string {
  return folded.replace(/ /g, '');
}

/** The `ae/oe/ue` spelling of a text with umlauts (folded), or null when it has none. */
export function umlautVariant(text: string): string | null {
  const spelled = spellOutUmlauts(text);
  return spelled === null ? null : foldText(spelled);
}
