import { tokenize } from '../skills/fold';

/**
 * Word-level matching of title vocabulary, blind to accents and German gender forms.
 *
 * Titles write the same role many ways: "Werkstudent/in", "Werkstudent:in", "WerkstudentIn",
 * "Werkstudentin", "Werkstudentinnen". They are folded to the base word before lookup, so rule tables list
 * each word once ("werkstudent"). Folding a word is memoised: a network of 10,000 titles reuses a few
 * thousand distinct words.
 */

/** Written gender forms joined to a word: "/in", "/-in", ":in", "*in", "_in", "(in)", "/innen", "/r" (Auszubildende/r). */
const JOINED_GENDER = /(?<=[\p{L}])(?:\/-?|:|\*|_|\()(?:innen|in|r|e)\)?(?![\p{L}])/gu;
/** Binnen-I: "WerkstudentIn", "MitarbeiterInnen". */
const BINNEN_I = /(?<=[a-zäöüß])In(?:nen)?(?![\p{L}])/gu;
/** A word ending like a German role noun, so a following "in"/"innen" is a feminine ending, not part of the stem. */
const FEMININE_STEM = /(?:er|ent|ant|ist|yst|eur|or|ör|är|at|ot|ar|og|ph|ekt|ant|ier)$/;
/** Feminine forms whose stem changes (after folding). */
const IRREGULAR: Readonly<Record<string, string>> = {
  arztin: 'arzt',
  anwaltin: 'anwalt',
  rechtsanwaltin: 'rechtsanwalt',
  beamtin: 'beamter',
  kochin: 'koch',
  kauffrau: 'kaufmann',
  fachfrau: 'fachmann',
  geschaftsfrau: 'geschaftsmann',
  vorstandin: 'vorstand',
  studentin: 'student',
  auszubildende: 'auszubildender',
  // Nominalised adjectives: "die Vorsitzende" / "der Vorsitzende" / "Vorsitzender".
  vorsitzende: 'vorsitzender',
  angestellte: 'angestellter',
  beauftragte: 'beauftragter',
  studierende: 'studierender',
};
/** Words ending in "in" that are not feminine forms. */
const NOT_FEMININE = new Set(['linkedin', 'berlin', 'admin', 'kotlin', 'bitcoin', 'termin', 'medizin', 'disziplin', 'marketin', 'origin', 'plugin', 'login', 'main', 'domain', 'chain', 'brain', 'again', 'within', 'begin', 'austin', 'justin', 'martin', 'kevin', 'erwin', 'karin', 'katrin', 'ruin', 'latein', 'verein', 'hamburgerin']);

/** Removes written gender marks so that tokenising sees the base word. */
export function stripGenderMarks(text: string): string {
  return text.replace(JOINED_GENDER, '').replace(BINNEN_I, '');
}

const wordCache = new Map<string, string>();
const WORD_CACHE_LIMIT = 50_000;

/** A folded word reduced to its base (masculine/neutral) form: "managerin" → "manager", "kauffrau" → "kaufmann". */
export function baseWord(folded: string): string {
  const cached = wordCache.get(folded);
  if (cached !== undefined) return cached;
  const result = computeBaseWord(folded);
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(folded, result);
  return result;
}

function computeBaseWord(w: string): string {
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  if (NOT_FEMININE.has(w)) return w;
  for (const [suffix, replacement] of Object.entries(IRREGULAR)) {
    // compounds: "oberarztin", "fachanwaltin", "industriekauffrau"
    if (w.length > suffix.length + 2 && w.endsWith(suffix)) return w.slice(0, -suffix.length) + replacement;
  }
  if (w.length > 7 && w.endsWith('innen')) {
    const stem = w.slice(0, -5);
    if (FEMININE_STEM.test(stem)) return stem;
  }
  if (w.length > 5 && w.endsWith('in')) {
    const stem = w.slice(0, -2);
    if (FEMININE_STEM.test(stem)) return stem;
  }
  return w;
}

export interface TitleWord {
  /** As written (gender marks removed): "Werkstudentin". */
  raw: string;
  /** Folded and reduced to its base form: "werkstudent". */
  base: string;
}

/** A title's words, folded (lowercase, no accents) and reduced to their base form. */
export function titleTokens(text: string): TitleWord[] {
  return tokenize(stripGenderMarks(text)).map((t) => ({ raw: t.raw, base: baseWord(t.folded) }));
}

export function titleWords(text: string): string[] {
  return titleTokens(text).map((t) => t.base);
}

/**
 * A phrase of one or more base words ("head of", "werkstudent"), or a rule for German compounds: "*leiter"
 * matches a word ending in "leiter" ("Bereichsleiterin"), "marketing*" a word starting with "marketing".
 */
export interface Term<T> {
  /** Words separated by spaces; a leading "*" matches the end of a single (compound) word. */
  phrase: string;
  value: T;
}

export interface TermHit<T> {
  value: T;
  /** Index of the first and one past the last matched word. */
  start: number;
  end: number;
  /** The matched words as written in the base form, for explanations. */
  words: string;
}

export interface TermMatcher<T> {
  /** Hits in word order; a compound word may hit a suffix and a prefix rule. */
  find(words: readonly string[]): TermHit<T>[];
}

/**
 * Builds a matcher over base words. Longest phrase wins at each position (so "vice president" is one hit,
 * not "president"); suffix rules apply only to words no phrase covered.
 */
export function createTermMatcher<T>(terms: readonly Term<T>[]): TermMatcher<T> {
  const phrases = new Map<string, T>();
  const suffixes: { suffix: string; value: T }[] = [];
  const prefixes: { prefix: string; value: T }[] = [];
  let maxWords = 1;
  for (const term of terms) {
    if (term.phrase.startsWith('*')) {
      suffixes.push({ suffix: term.phrase.slice(1), value: term.value });
      continue;
    }
    if (term.phrase.endsWith('*')) {
      prefixes.push({ prefix: term.phrase.slice(0, -1), value: term.value });
      continue;
    }
    const words = titleWords(term.phrase);
    if (words.length === 0) continue;
    maxWords = Math.max(maxWords, words.length);
    const key = words.join(' ');
    if (!phrases.has(key)) phrases.set(key, term.value);
  }
  // Longest rule first: "projektleiter" before "leiter", "datenschutz" before "daten".
  suffixes.sort((a, b) => b.suffix.length - a.suffix.length);
  prefixes.sort((a, b) => b.prefix.length - a.prefix.length);
  const compoundCache = new Map<string, T[]>();
  /** Suffix and prefix rules a word hits, memoised: the same words recur across a whole network. */
  const compoundRules = (word: string): T[] => {
    let values = compoundCache.get(word);
    if (!values) {
      values = [];
      const suffix = suffixes.find((s) => word.length > s.suffix.length && word.endsWith(s.suffix));
      if (suffix) values.push(suffix.value);
      const prefix = prefixes.find((p) => word.length > p.prefix.length && word.startsWith(p.prefix));
      if (prefix) values.push(prefix.value);
      if (compoundCache.size >= WORD_CACHE_LIMIT) compoundCache.clear();
      compoundCache.set(word, values);
    }
    return values;
  };
  return {
    find(words) {
      const hits: TermHit<T>[] = [];
      let i = 0;
      while (i < words.length) {
        // Longest phrase starting here, keys built word by word (no slicing per length).
        let best: { value: T; n: number; key: string } | null = null;
        let key = '';
        const max = Math.min(maxWords, words.length - i);
        for (let n = 1; n <= max; n++) {
          key = n === 1 ? words[i]! : `${key} ${words[i + n - 1]}`;
          const value = phrases.get(key);
          if (value !== undefined) best = { value, n, key };
        }
        if (best) {
          hits.push({ value: best.value, start: i, end: i + best.n, words: best.key });
          i += best.n;
          continue;
        }
        const word = words[i]!;
        for (const value of compoundRules(word)) hits.push({ value, start: i, end: i + 1, words: word });
        i += 1;
      }
      return hits;
    },
  };
}
