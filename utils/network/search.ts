import { compactKey, foldText } from '../skills/fold';
import { foldForSearch } from './entry';
import type { SkillIndex } from '../skills/search';

/** One word of the query: found at the start of a word of the text, or naming one of the person's skills. */
export interface QueryToken {
  word: string;
  /** " word": found where a word of the text starts. */
  needle: string;
  skills: ReadonlySet<string>;
}

export interface CompiledQuery {
  /** The folded query, for telling whether a new query only narrows the previous one. */
  folded: string;
  tokens: readonly QueryToken[];
}

/** What search reads from a contact entry (see entry.ts). */
export interface Searchable {
  text: string;
  notes: string;
  allSkills: readonly string[];
}

/**
 * Skill ids whose name or alias (English, German, either umlaut spelling) starts with `word`, or has a
 * word starting with it ("intell" → Künstliche Intelligenz). No inner substrings: "ki" must not find
 * "Marketing". One letter is too little to mean a skill.
 */
export function skillsStartingWith(index: SkillIndex, word: string): Set<string> {
  const ids = new Set<string>();
  if (word.length < 2) return ids;
  for (const term of index.terms) {
    if (ids.has(term.id)) continue;
    if (term.compact.startsWith(word) || term.tails.some((tail) => tail.startsWith(word))) ids.add(term.id);
  }
  return ids;
}

/** Folds the query once per keystroke: accents, case and punctuation do not matter ("Führung" = "fuhrung"). */
export function compileQuery(query: string, index: SkillIndex): CompiledQuery {
  const folded = foldForSearch(query);
  const words = folded === '' ? [] : [...new Set(folded.split(' '))];
  return {
    folded,
    tokens: words.map((word) => ({ word, needle: ' ' + word, skills: skillsStartingWith(index, compactKey(foldText(word))) })),
  };
}

function tokenMatches(token: QueryToken, entry: Searchable): boolean {
  if (entry.text.includes(token.needle) || entry.notes.includes(token.needle)) return true;
  if (token.skills.size === 0) return false;
  for (const id of entry.allSkills) if (token.skills.has(id)) return true;
  return false;
}

/**
 * Every word of the query must be found: in the name, role, company, headline or location, in the notes,
 * or as one of the person's skills. An empty query matches everyone.
 */
export function matchesQuery(query: CompiledQuery, entry: Searchable): boolean {
  for (const token of query.tokens) if (!tokenMatches(token, entry)) return false;
  return true;
}

/**
 * True when every result of `next` is also a result of `previous` (same words, the last one only longer, or
 * words added), so the search can look only at the previous results while the user types on.
 */
export function narrows(previous: CompiledQuery, next: CompiledQuery): boolean {
  if (previous.tokens.length === 0) return true;
  // A word that grew can only lose skill matches it had: "py" (Python) → "pyt" (Python) stays a subset.
  return previous.tokens.every((p) =>
    next.tokens.some((n) => n.word.startsWith(p.word) && [...n.skills].every((id) => p.skills.has(id))),
  );
}
