// The catalogue as issue 4 asks for it: ≥ 300 skills as zod-validated JSON data, English and German names,
// aliases on every entry (the named ones included), the five reverse-mentoring categories.
import { describe, expect, it } from 'vitest';
import rawCatalogue from '../../utils/skills/catalogue.json';
import { CatalogueSchema, SkillCategorySchema } from '../../utils/skills/catalogue';
import { createSkillIndex, normaliseSkill, searchSkills } from '../../utils/skills/search';

const catalogue = CatalogueSchema.parse(rawCatalogue);
const index = createSkillIndex(catalogue);

describe('skill catalogue requirements (issue 4)', () => {
  it('is data validated by zod, with at least 300 skills', () => {
    expect(CatalogueSchema.safeParse(rawCatalogue).success).toBe(true);
    expect(catalogue.length).toBeGreaterThanOrEqual(300);
  });

  it('gives every skill an English name, a German name and at least one alias', () => {
    const withoutAlias = catalogue.filter((e) => e.aliases.length === 0).map((e) => e.id);
    expect(withoutAlias).toEqual([]);
    for (const entry of catalogue) {
      expect(entry.en.length, entry.id).toBeGreaterThan(0);
      expect(entry.de.length, entry.id).toBeGreaterThan(0);
    }
    // Not just copies: a good share of the German names differ from the English ones.
    const translated = catalogue.filter((e) => e.de !== e.en).length;
    expect(translated).toBeGreaterThan(catalogue.length / 3);
  });

  it('uses exactly the five categories, each well filled', () => {
    expect(SkillCategorySchema.options).toEqual(['digital', 'trends', 'strategy', 'eq', 'industry']);
    for (const category of SkillCategorySchema.options) {
      expect(catalogue.filter((e) => e.category === category).length, category).toBeGreaterThanOrEqual(40);
    }
  });

  it.each([
    ['JS', 'javascript'],
    ['KI', 'artificial-intelligence'],
    ['Künstliche Intelligenz', 'artificial-intelligence'],
    ['GenAI', 'generative-ai'],
    ['Generative KI', 'generative-ai'],
  ])('normalises %s to %s, and suggests it first', (text, id) => {
    expect(normaliseSkill(index, text)?.id).toBe(id);
    expect(searchSkills(index, text, { lang: 'de' })[0]?.id).toBe(id);
    expect(searchSkills(index, text.toLowerCase(), { lang: 'en' })[0]?.id).toBe(id);
  });
});
