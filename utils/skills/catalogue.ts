import { z } from 'zod';
import rawCatalogue from './catalogue.json';

/**
 * What each side of a reverse-mentoring pair typically brings: `digital` and `trends` from the
 * younger person, `strategy`, `eq` and `industry` from the experienced one.
 */
export const SkillCategorySchema = z.enum(['digital', 'trends', 'strategy', 'eq', 'industry']);
export type SkillCategory = z.infer<typeof SkillCategorySchema>;

/** UI languages a skill has a display name in. */
export type SkillLang = 'en' | 'de';

export const CatalogueEntrySchema = z
  .object({
    /** Stable key stored with contacts: lowercase ASCII kebab-case, never renamed. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    en: z.string().trim().min(1),
    de: z.string().trim().min(1),
    /** Other spellings, abbreviations and translations, matched like the names. */
    aliases: z.array(z.string().trim().min(1)),
    category: SkillCategorySchema,
  })
  .strict();
export type CatalogueEntry = z.infer<typeof CatalogueEntrySchema>;

export const CatalogueSchema = z.array(CatalogueEntrySchema).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', message: `duplicate id ${entry.id}`, path: [index, 'id'] });
    seen.add(entry.id);
  });
});

let validated: readonly CatalogueEntry[] | null = null;

/** The bundled catalogue, validated on first use (a broken JSON edit fails loudly, once). */
export function getCatalogue(): readonly CatalogueEntry[] {
  validated ??= CatalogueSchema.parse(rawCatalogue);
  return validated;
}

/**
 * The bundled catalogue as it is in the file, not validated again: for pages that only show skill names
 * (the popup's first rows), where checking 424 entries with zod took longer than rendering them. The file
 * is checked against CatalogueSchema by the unit tests, which also require it to equal getCatalogue()'s
 * result (already trimmed, nothing for the schema to change).
 */
export function bundledCatalogue(): readonly CatalogueEntry[] {
  return rawCatalogue as unknown as readonly CatalogueEntry[];
}
