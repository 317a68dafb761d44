import type { CatalogueEntry } from './catalogue';
import { tokenize, umlautVariant } from './fold';

/**
 * Detecting catalogue skills in free text (headline, About).
 *
 * A skill is found when one of its names/aliases covers whole tokens of the text; tokens are
 * compared joined without spaces, so "Change-Management", "Change Management" and
 * "Changemanagement" all match, but "ai" inside "said" never does. Prose is full of short and
 * everyday words, so some spellings need more than a folded match:
 * - one letter (C, R, X): never matched in prose; the skill is found by its longer names;
 * - two letters (AI, KI, JS, UX, PR, HR …) and the words in CASE_SENSITIVE_WORDS: only when
 *   written exactly as catalogued or in capitals ("AI", not "ai"; "Excel", not "excel at");
 * - NEVER_IN_TEXT: too ambiguous even capitalised ("Go" starts sentences and "Go-to-market").
 */

/** Tool and language names that are also ordinary English words. Keys are folded compact forms. */
const CASE_SENSITIVE_WORDS = new Set([
  'react', 'swift', 'rust', 'angular', 'vue', 'notion', 'slack', 'excel', 'spark', 'tableau',
  'confluence', 'terraform', 'azure', 'lean', 'discord', 'twitch', 'sora', 'safe', 'git',
]);
const NEVER_IN_TEXT = new Set(['go']);
/** Slack for a text splitting a term into more tokens than the catalogue does ("E - Mail - Marketing"). */
const EXTRA_TOKENS = 2;

interface TextKey {
  id: string;
  /** Exact spellings (tokens joined by single spaces) accepted when the key is case-sensitive. */
  spellings: Set<string> | null;
}

export interface TextMatcher {
  readonly keys: ReadonlyMap<string, TextKey>;
  readonly maxTokens: number;
  readonly maxKeyLength: number;
}

function caseRule(key: string): 'never' | 'exact' | 'any' {
  if (key.length <= 1 || NEVER_IN_TEXT.has(key)) return 'never';
  if (key.length === 2 || CASE_SENSITIVE_WORDS.has(key)) return 'exact';
  return 'any';
}

/** Built on first use per catalogue: search alone never pays for it. */
const matchers = new WeakMap<readonly CatalogueEntry[], TextMatcher>();

export function getTextMatcher(catalogue: readonly CatalogueEntry[]): TextMatcher {
  let matcher = matchers.get(catalogue);
  if (!matcher) {
    matcher = buildTextMatcher(catalogue);
    matchers.set(catalogue, matcher);
  }
  return matcher;
}

/** Builds the lookup table for findSkillsInText; the first catalogue entry wins a shared key. */
function buildTextMatcher(catalogue: readonly CatalogueEntry[]): TextMatcher {
  const keys = new Map<string, TextKey>();
  let maxTokens = 1;
  let maxKeyLength = 0;
  const addKey = (id: string, key: string, spelling: string) => {
    const rule = caseRule(key);
    if (rule === 'never') return;
    const existing = keys.get(key);
    if (existing && existing.id !== id) return;
    const entry = existing ?? { id, spellings: rule === 'exact' ? new Set<string>() : null };
    entry.spellings?.add(spelling);
    keys.set(key, entry);
    maxKeyLength = Math.max(maxKeyLength, key.length);
  };
  for (const entry of catalogue) {
    for (const text of [entry.en, entry.de, ...entry.aliases]) {
      const tokens = tokenize(text);
      if (tokens.length === 0) continue;
      maxTokens = Math.max(maxTokens, tokens.length);
      const spelling = tokens.map((t) => t.raw).join(' ');
      addKey(entry.id, tokens.map((t) => t.folded).join(''), spelling);
      // Also the ae/oe/ue spelling of umlauts ("Fuehrung"); exact-case keys are short ASCII, never umlauts.
      const variant = umlautVariant(text);
      if (variant) addKey(entry.id, variant.replace(/ /g, ''), spelling);
    }
  }
  return { keys, maxTokens: maxTokens + EXTRA_TOKENS, maxKeyLength };
}

function spellingAccepted(spellings: ReadonlySet<string>, written: string): boolean {
  if (spellings.has(written)) return true;
  // All capitals is fine too ("EXCEL"), but not lowercase or mixed case ("ai", "Ai").
  if (written !== written.toUpperCase()) return false;
  for (const spelling of spellings) if (spelling.toUpperCase() === written) return true;
  return false;
}

/** Ids of catalogue skills named in `text`, in order of first mention, each once. Custom skills are not detected. */
export function scanText(matcher: TextMatcher, text: string): string[] {
  const tokens = tokenize(text);
  const found = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    let key = '';
    const end = Math.min(tokens.length, i + matcher.maxTokens);
    for (let j = i; j < end; j++) {
      key += tokens[j]!.folded;
      if (key.length > matcher.maxKeyLength) break;
      const hit = matcher.keys.get(key);
      if (!hit || found.has(hit.id)) continue;
      if (hit.spellings) {
        const written = tokens.slice(i, j + 1).map((t) => t.raw).join(' ');
        if (!spellingAccepted(hit.spellings, written)) continue;
      }
      found.add(hit.id);
    }
  }
  return [...found];
}
