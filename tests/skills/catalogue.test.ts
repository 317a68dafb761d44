import { describe, expect, it } from 'vitest';
import rawCatalogue from '../../utils/skills/catalogue.json';
import { CatalogueSchema, SkillCategorySchema, bundledCatalogue, getCatalogue } from '../../utils/skills/catalogue';
import { createSkillIndex, findKeyCollisions, normaliseSkill } from '../../utils/skills/search';

describe('skill catalogue', () => {
  const catalogue = CatalogueSchema.parse(rawCatalogue);
  const index = createSkillIndex(catalogue, []);

  it('validates against the zod schema and is loaded once', () => {
    expect(CatalogueSchema.safeParse(rawCatalogue).success).toBe(true);
    expect(getCatalogue()).toBe(getCatalogue());
    expect(getCatalogue()).toHaveLength(catalogue.length);
  });

  it('is in the file exactly as the schema reads it (pages show names from the file unchecked)', () => {
    expect(bundledCatalogue()).toEqual(getCatalogue());
  });

  it('has at least 300 skills, every category, digital and trends the largest', () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(300);
    const counts = new Map<string, number>();
    for (const entry of catalogue) counts.set(entry.category, (counts.get(entry.category) ?? 0) + 1);
    for (const category of SkillCategorySchema.options) expect(counts.get(category) ?? 0).toBeGreaterThanOrEqual(40);
    const smallestYouthCategory = Math.min(counts.get('digital')!, counts.get('trends')!);
    for (const category of ['strategy', 'eq', 'industry']) {
      expect(counts.get(category)!).toBeLessThanOrEqual(smallestYouthCategory);
    }
  });

  it('has unique kebab-case ids and an English and a German name for every entry', () => {
    expect(new Set(catalogue.map((e) => e.id)).size).toBe(catalogue.length);
    for (const entry of catalogue) {
      expect(entry.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(entry.en.trim()).not.toBe('');
      expect(entry.de.trim()).not.toBe('');
    }
  });

  it('rejects duplicate ids, unknown categories and extra fields', () => {
    const entry = { id: 'x-skill', en: 'X', de: 'X', aliases: [], category: 'digital' };
    expect(CatalogueSchema.safeParse([entry, entry]).success).toBe(false);
    expect(CatalogueSchema.safeParse([{ ...entry, category: 'hobbies' }]).success).toBe(false);
    expect(CatalogueSchema.safeParse([{ ...entry, id: 'X Skill' }]).success).toBe(false);
    expect(CatalogueSchema.safeParse([{ ...entry, fr: 'X' }]).success).toBe(false);
  });

  it('never folds a name or alias (or its ae/oe/ue spelling) to two different ids', () => {
    expect(findKeyCollisions(catalogue)).toEqual([]);
  });

  it('resolves every name and alias, in any case, to its own entry', () => {
    for (const entry of catalogue) {
      for (const text of [entry.en, entry.de, ...entry.aliases]) {
        expect(normaliseSkill(index, text)?.id, text).toBe(entry.id);
        expect(normaliseSkill(index, text.toUpperCase())?.id, text).toBe(entry.id);
      }
    }
  });

  it.each([
    ['Engineering Leadership', 'engineering-leadership'],
    ['Cloud Architecture', 'cloud-architecture'],
    ['Distributed Systems', 'distributed-systems'],
    ['Supply Chain Technology', 'supply-chain-technology'],
    ['Team Building', 'team-building'],
    ['Software Architecture', 'software-architecture'],
    ['Strategischer Einkauf', 'strategic-purchasing'],
    ['Lieferantenmanagement', 'supplier-management'],
    ['Verhandlungsführung', 'negotiation'],
    ['SAP MM', 'sap-mm'],
    ['Warengruppenmanagement', 'category-management'],
    ['Vertragsrecht', 'contract-law'],
    ['Teamführung', 'team-leadership'],
    ['Durchsetzungsvermögen', 'assertiveness'],
    ['TikTok marketing', 'tiktok-marketing'],
    ['Generative AI', 'generative-ai'],
    ['Figma', 'figma'],
    ['Canva', 'canva'],
    ['CapCut', 'capcut'],
    ['Meta Ads', 'meta-ads'],
    ['Community management', 'community-management'],
    ['ChatGPT', 'chatgpt'],
    ['Midjourney', 'midjourney'],
  ])('resolves the fixture profile skill %s to %s', (text, id) => {
    expect(normaliseSkill(index, text)?.id).toBe(id);
  });
});
