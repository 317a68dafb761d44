import type { CatalogueEntry } from './catalogue';
import { createSkillIndex, type CustomSkill } from './skill-index';

/** What showing a skill's name needs (`skillLabel`): a SkillIndex has it too. */
export interface SkillLabels {
  readonly entries: ReadonlyMap<string, Pick<CatalogueEntry, 'en' | 'de'>>;
  readonly customLabels: ReadonlyMap<string, string>;
}

const NO_CUSTOM: ReadonlyMap<string, string> = new Map();
const catalogueLabels = new WeakMap<readonly CatalogueEntry[], SkillLabels>();

/**
 * Skill names for display, without the search index: a page that only shows names (the popup's rows, the
 * radar) need not fold every name and alias of the catalogue before its first render. With custom skills
 * it is the full index, because a custom skill whose name folds to a catalogue name shows no label of its
 * own (skill-index.ts), and telling that needs the catalogue's folded keys. Same labels either way.
 */
export function createSkillLabels(catalogue: readonly CatalogueEntry[], customSkills: readonly CustomSkill[] = []): SkillLabels {
  if (customSkills.length > 0) return createSkillIndex(catalogue, customSkills);
  let labels = catalogueLabels.get(catalogue);
  if (!labels) {
    const entries = new Map<string, CatalogueEntry>();
    // The first entry of an id wins, as in the index.
    for (const entry of catalogue) if (!entries.has(entry.id)) entries.set(entry.id, entry);
    labels = { entries, customLabels: NO_CUSTOM };
    catalogueLabels.set(catalogue, labels);
  }
  return labels;
}
