/**
 * Skill search and normalisation: the public API of utils/skills. Pure functions over a SkillIndex
 * built once by createSkillIndex (catalogue + the user's custom skills).
 */
import type { SkillCategory, SkillLang } from './catalogue';
import { compactKey, foldText } from './fold';
import { getTextMatcher, scanText } from './find-in-text';
import type { SearchTerm, SkillIndex } from './skill-index';
import type { SkillLabels } from './skill-labels';

export { foldText } from './fold';
export { createSkillIndex, findKeyCollisions, type CustomSkill, type SkillIndex } from './skill-index';
export { createSkillLabels, type SkillLabels } from './skill-labels';

export interface SkillSuggestion {
  id: string;
  /** Display name in the requested language (custom skills: as the user wrote it). */
  label: string;
  /** The name or alias the query matched, as written ("JS", "Künstliche Intelligenz"). */
  matched: string;
  category: SkillCategory | null;
  custom: boolean;
}

export interface SearchOptions {
  limit?: number;
  lang?: SkillLang;
}

export interface NormalisedSkill {
  id: string;
  label: string;
}

const CUSTOM_PREFIX = 'custom:';

// Match tiers, best first.
const EXACT = 0;
const PREFIX = 1;
const WORD_PREFIX = 2;
const SUBSTRING = 3;

function matchTier(term: SearchTerm, query: string): number {
  if (term.compact === query) return EXACT;
  if (term.compact.startsWith(query)) return PREFIX;
  for (const tail of term.tails) if (tail.startsWith(query)) return WORD_PREFIX;
  // One letter is a substring of nearly everything: only prefixes count then.
  if (query.length >= 2 && term.compact.includes(query)) return SUBSTRING;
  return -1;
}

/** Name in the UI language before the other language's name before aliases. */
function kindRank(term: SearchTerm, lang: SkillLang): number {
  if (term.custom || term.lang === 'both' || term.lang === lang) return 0;
  return term.lang ? 1 : 2;
}

/**
 * Suggestions for a partial query, best first: exact name/alias ("JS" → JavaScript), then
 * prefixes, then word starts, then substrings; within a tier, names in `lang` before other names
 * before aliases, then shorter spellings. Accent-, case-, space- and hyphen-insensitive.
 */
export function searchSkills(index: SkillIndex, query: string, options: SearchOptions = {}): SkillSuggestion[] {
  const { limit = 8, lang = 'en' } = options;
  const q = compactKey(foldText(query));
  if (!q || limit <= 0) return [];

  const best = new Map<string, { term: SearchTerm; score: number }>();
  for (const term of index.terms) {
    const tier = matchTier(term, q);
    if (tier < 0) continue;
    const score = tier * 3 + kindRank(term, lang);
    const current = best.get(term.id);
    if (!current || score < current.score || (score === current.score && term.compact.length < current.term.compact.length)) {
      best.set(term.id, { term, score });
    }
  }

  return [...best.values()]
    .sort(
      (a, b) =>
        a.score - b.score ||
        a.term.compact.length - b.term.compact.length ||
        (a.term.compact < b.term.compact ? -1 : a.term.compact > b.term.compact ? 1 : 0),
    )
    .slice(0, limit)
    .map(({ term }) => ({
      id: term.id,
      label: skillLabel(index, term.id, lang),
      matched: term.text,
      category: skillCategory(index, term.id),
      custom: term.custom,
    }));
}

/** The id a custom skill text gets: `custom:` + folded text in kebab-case ("Blockchain Governance" → `custom:blockchain-governance`). */
export function customSkillId(text: string): string {
  return CUSTOM_PREFIX + foldText(text).replace(/ /g, '-');
}

/**
 * One skill id for what the user typed or a profile lists: the catalogue id when the text is a
 * name or alias in either language ("KI", "AI" and "Künstliche Intelligenz" are one skill), a
 * known custom skill of the same spelling, else a new custom id with the text as label.
 * Null for text without letters or digits. Idempotent: normalising the label gives the same id.
 */
export function normaliseSkill(index: SkillIndex, text: string, lang: SkillLang = 'en'): NormalisedSkill | null {
  const folded = foldText(text);
  if (!folded) return null;
  const known = index.keyToId.get(compactKey(folded));
  if (known) return { id: known, label: skillLabel(index, known, lang) };
  return { id: customSkillId(text), label: text.trim().replace(/\s+/g, ' ') };
}

/** Display name in `lang`; custom skills show their label, unknown ids themselves. */
export function skillLabel(index: SkillLabels, id: string, lang: SkillLang): string {
  return index.entries.get(id)?.[lang] ?? index.customLabels.get(id) ?? id;
}

/** Category of a catalogue skill; null for custom and unknown ids. */
export function skillCategory(index: SkillIndex, id: string): SkillCategory | null {
  return index.entries.get(id)?.category ?? null;
}

/** Ids of catalogue skills named as whole words in free text (headline, About); rules in find-in-text.ts. */
export function findSkillsInText(index: SkillIndex, text: string): string[] {
  return scanText(getTextMatcher(index.catalogue), text);
}

/** Profiles repeat skill names ("Python" thousands of times in a network): each is folded once per index. */
const profileSkillIdCache = new WeakMap<SkillIndex, Map<string, string | null>>();
const PROFILE_SKILL_CACHE_LIMIT = 50_000;

function profileSkillId(index: SkillIndex, skill: string): string | null {
  let cache = profileSkillIdCache.get(index);
  if (!cache) profileSkillIdCache.set(index, (cache = new Map()));
  let id = cache.get(skill);
  if (id === undefined) {
    id = normaliseSkill(index, skill)?.id ?? null;
    if (cache.size >= PROFILE_SKILL_CACHE_LIMIT) cache.clear();
    cache.set(skill, id);
  }
  return id;
}

/** A profile's skill list as unique ids (catalogue or custom), in the profile's order; blank entries dropped. */
export function resolveProfileSkills(index: SkillIndex, skills: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const skill of skills) {
    const id = profileSkillId(index, skill);
    if (id !== null) ids.add(id);
  }
  return [...ids];
}
