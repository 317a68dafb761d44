import { describe, expect, it } from 'vitest';
import { getCatalogue } from '../../utils/skills/catalogue';
import { compactKey } from '../../utils/skills/fold';
import { createSkillIndex, foldText, searchSkills } from '../../utils/skills/search';

const catalogue = getCatalogue();
const index = createSkillIndex(catalogue, []);
const ids = (query: string, options = {}) => searchSkills(index, query, options).map((s) => s.id);

/** The tier search promises for a result, recomputed from what it says it matched. */
function tier(matched: string, query: string): number {
  const term = foldText(matched);
  const q = compactKey(foldText(query));
  if (compactKey(term) === q) return 0;
  if (compactKey(term).startsWith(q)) return 1;
  const words = term.split(' ');
  if (words.some((_, i) => i > 0 && words.slice(i).join('').startsWith(q))) return 2;
  return 3;
}

describe('searchSkills', () => {
  it.each([
    ['JS', 'javascript', 'JS'],
    ['js', 'javascript', 'JS'],
    ['KI', 'artificial-intelligence', 'KI'],
    ['ai', 'artificial-intelligence', 'AI'],
    ['k8s', 'kubernetes', 'k8s'],
    ['GenAI', 'generative-ai', 'GenAI'],
    ['gen ai', 'generative-ai', 'GenAI'],
    ['ML', 'machine-learning', 'ML'],
    ['c', 'c-programming', 'C'],
    ['c#', 'csharp', 'C#'],
    ['C++', 'cpp', 'C++'],
  ])('puts the exact name/alias first: %s → %s', (query, id, matched) => {
    const [first] = searchSkills(index, query);
    expect(first).toMatchObject({ id, matched });
  });

  it('ranks prefix matches before word starts before substrings', () => {
    for (const query of ['sale', 'lead', 'market', 'cloud', 'design', 'manage', 'kommunikation', 'strat', 'daten']) {
      const results = searchSkills(index, query, { limit: 30 });
      expect(results.length, query).toBeGreaterThan(3);
      const tiers = results.map((r) => tier(r.matched, query));
      expect(tiers, query).toEqual([...tiers].sort((a, b) => a - b));
    }
    const sale = ids('sale', { limit: 30 });
    expect(sale[0]).toBe('sales');
    expect(sale.indexOf('sales')).toBeLessThan(sale.indexOf('wholesale'));
    const lead = ids('lead', { limit: 30 });
    expect(lead[0]).toBe('leadership');
    expect(lead.indexOf('leadership')).toBeLessThan(lead.indexOf('team-leadership'));
  });

  it('finds skills by a word inside the name ("learning" → Machine Learning)', () => {
    expect(ids('learning', { limit: 20 })).toContain('machine-learning');
  });

  it('is accent-, case- and ae/oe/ue-insensitive', () => {
    for (const query of ['Künstliche', 'kunstliche', 'KÜNSTLICHE', 'kuenstliche']) {
      expect(ids(query)[0], query).toBe('artificial-intelligence');
    }
    for (const query of ['Führung', 'fuhrung', 'Fuehrung', 'FÜHRUNG', 'fuehr']) {
      expect(ids(query), query).toContain('leadership');
    }
    expect(ids('Führung')[0]).toBe('leadership');
  });

  it('finds German names from German queries and labels in the UI language', () => {
    const [de] = searchSkills(index, 'Verhandlungsf', { lang: 'de' });
    expect(de).toMatchObject({ id: 'negotiation', label: 'Verhandlungsführung', category: 'strategy', custom: false });
    const [en] = searchSkills(index, 'Verhandlungsf', { lang: 'en' });
    expect(en).toMatchObject({ id: 'negotiation', label: 'Negotiation', matched: 'Verhandlungsführung' });
    expect(searchSkills(index, 'Strategischer Einkauf', { lang: 'de' })[0]).toMatchObject({
      id: 'strategic-purchasing',
      label: 'Strategischer Einkauf',
    });
  });

  it('prefers the name in the UI language over aliases and the other language', () => {
    expect(searchSkills(index, 'Künstliche Intelligenz', { lang: 'en' })[0]).toMatchObject({
      id: 'artificial-intelligence',
      label: 'Artificial Intelligence',
    });
    const [en] = searchSkills(index, 'negotiation', { lang: 'en' });
    expect(en?.matched).toBe('Negotiation');
  });

  it('returns each skill once, respects the limit, and nothing for blank queries', () => {
    const results = ids('a', { limit: 50 });
    expect(results).toHaveLength(50);
    expect(new Set(results).size).toBe(50);
    expect(ids('ma')).toHaveLength(8);
    expect(ids('')).toEqual([]);
    expect(ids(' – ')).toEqual([]);
    expect(ids('zzqx')).toEqual([]);
    expect(ids('sap', { limit: 0 })).toEqual([]);
  });

  it('suggests custom skills once they are added, without category', () => {
    expect(ids('blockch')).not.toContain('custom:blockchain-governance');
    const withCustom = createSkillIndex(catalogue, [
      { id: 'custom:blockchain-governance', label: 'Blockchain Governance' },
      { id: 'custom:muller-methode', label: 'Müller-Methode' },
    ]);
    const results = searchSkills(withCustom, 'blockch');
    expect(results.map((r) => r.id)).toEqual(['blockchain', 'custom:blockchain-governance']);
    expect(results[1]).toEqual({
      id: 'custom:blockchain-governance',
      label: 'Blockchain Governance',
      matched: 'Blockchain Governance',
      category: null,
      custom: true,
    });
    expect(searchSkills(withCustom, 'governance').map((r) => r.id)).toContain('custom:blockchain-governance');
    expect(searchSkills(withCustom, 'Mueller')[0]?.id).toBe('custom:muller-methode');
  });

  it('ignores custom skills that are really catalogue skills', () => {
    const withCustom = createSkillIndex(catalogue, [{ id: 'custom:ki', label: 'KI' }]);
    expect(searchSkills(withCustom, 'KI').filter((r) => r.custom)).toEqual([]);
  });
});
