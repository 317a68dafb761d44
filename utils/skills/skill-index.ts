import type { CatalogueEntry, SkillLang } from './catalogue';
import { compactKey, foldText, umlautVariant } from './fold';

/** A skill the user typed that is not in the catalogue; its id is `custom:<folded-kebab>`. */
export interface CustomSkill {
  id: string;
  label: string;
}

/** One searchable spelling of a skill, folded once when the index is built. */
export interface SearchTerm {
  id: string;
  /** As written in the catalogue or by the user: shown as `matched`. */
  text: string;
  folded: string;
  compact: string;
  /** Compact forms starting at the 2nd, 3rd … word, for "starts a word" matches ("learn" → Machine Learning). */
  tails: readonly string[];
  /** Display name in that language, `both` when en = de, null for aliases. */
  lang: SkillLang | 'both' | null;
  custom: boolean;
}

/** Everything search and normalisation need, precomputed; build once per catalogue/custom-skill change. */
export interface SkillIndex {
  readonly terms: readonly SearchTerm[];
  /** Compact folded name/alias/custom label (and its ae/oe/ue spelling) → skill id. */
  readonly keyToId: ReadonlyMap<string, string>;
  readonly entries: ReadonlyMap<string, CatalogueEntry>;
  readonly customLabels: ReadonlyMap<string, string>;
  /** The catalogue the index was built from (free-text detection uses it directly). */
  readonly catalogue: readonly CatalogueEntry[];
}

/** The compact keys a name or alias is found under: its folded form and, with umlauts, the ae/oe/ue form. */
function termKeys(text: string): string[] {
  const folded = foldText(text);
  const variant = umlautVariant(text);
  const keys = folded ? [compactKey(folded)] : [];
  if (variant && variant !== folded) keys.push(compactKey(variant));
  return keys;
}

/** Keys claimed by more than one catalogue id: must be empty (enforced by tests), else lookups are ambiguous. */
export function findKeyCollisions(catalogue: readonly CatalogueEntry[]): { key: string; ids: string[] }[] {
  const owners = new Map<string, Set<string>>();
  for (const entry of catalogue) {
    for (const text of [entry.en, entry.de, ...entry.aliases]) {
      for (const key of termKeys(text)) {
        const ids = owners.get(key) ?? new Set<string>();
        ids.add(entry.id);
        owners.set(key, ids);
      }
    }
  }
  return [...owners]
    .filter(([, ids]) => ids.size > 1)
    .map(([key, ids]) => ({ key, ids: [...ids] }));
}

function makeTerms(id: string, text: string, lang: SearchTerm['lang'], custom: boolean): SearchTerm[] {
  const terms: SearchTerm[] = [];
  const folded = foldText(text);
  const variant = umlautVariant(text);
  for (const f of variant && variant !== folded ? [folded, variant] : [folded]) {
    if (!f) continue;
    const words = f.split(' ');
    const tails: string[] = [];
    for (let i = 1; i < words.length; i++) tails.push(words.slice(i).join(''));
    terms.push({ id, text, folded: f, compact: compactKey(f), tails, lang, custom });
  }
  return terms;
}

interface CataloguePart {
  terms: SearchTerm[];
  keyToId: Map<string, string>;
  entries: Map<string, CatalogueEntry>;
}

// The catalogue part only depends on the (immutable) catalogue: build it once, so that rebuilding
// the index after the user adds a custom skill costs only the custom skills.
const catalogueParts = new WeakMap<readonly CatalogueEntry[], CataloguePart>();

/**
 * Adds the searchable terms of one name/alias. A spelling already taken is skipped: by the same
 * skill it is a duplicate (en = de), by another skill the first one wins.
 */
function addTerms(part: CataloguePart, id: string, text: string, lang: SearchTerm['lang'], custom: boolean): void {
  for (const term of makeTerms(id, text, lang, custom)) {
    if (part.keyToId.has(term.compact)) continue;
    part.keyToId.set(term.compact, id);
    part.terms.push(term);
  }
}

function cataloguePart(catalogue: readonly CatalogueEntry[]): CataloguePart {
  const cached = catalogueParts.get(catalogue);
  if (cached) return cached;
  const part: CataloguePart = { terms: [], keyToId: new Map(), entries: new Map() };
  for (const entry of catalogue) {
    if (part.entries.has(entry.id)) continue;
    part.entries.set(entry.id, entry);
    const sameName = compactKey(foldText(entry.en)) === compactKey(foldText(entry.de));
    addTerms(part, entry.id, entry.en, sameName ? 'both' : 'en', false);
    addTerms(part, entry.id, entry.de, sameName ? 'both' : 'de', false);
    for (const alias of entry.aliases) addTerms(part, entry.id, alias, null, false);
  }
  catalogueParts.set(catalogue, part);
  return part;
}

/**
 * Builds the index. On a key claimed twice the first catalogue entry wins; custom skills never
 * shadow catalogue names (a custom "KI" is the catalogue's AI), and duplicate custom ids are dropped.
 */
export function createSkillIndex(
  catalogue: readonly CatalogueEntry[],
  customSkills: readonly CustomSkill[] = [],
): SkillIndex {
  const base = cataloguePart(catalogue);
  const part: CataloguePart = { terms: [...base.terms], keyToId: new Map(base.keyToId), entries: base.entries };
  const customLabels = new Map<string, string>();
  for (const skill of customSkills) {
    if (part.entries.has(skill.id) || customLabels.has(skill.id)) continue;
    const keys = termKeys(skill.label);
    const shadowsCatalogue = keys.some((key) => part.entries.has(part.keyToId.get(key) ?? ''));
    if (keys.length === 0 || shadowsCatalogue) continue;
    customLabels.set(skill.id, skill.label);
    addTerms(part, skill.id, skill.label, null, true);
  }
  return { terms: part.terms, keyToId: part.keyToId, entries: part.entries, customLabels, catalogue };
}
