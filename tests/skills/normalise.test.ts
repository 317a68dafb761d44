import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCatalogue } from '../../utils/skills/catalogue';
import {
  createSkillIndex,
  foldText,
  normaliseSkill,
  resolveProfileSkills,
  skillCategory,
  skillLabel,
} from '../../utils/skills/search';

const catalogue = getCatalogue();
const index = createSkillIndex(catalogue, [{ id: 'custom:blockchain-governance', label: 'Blockchain Governance' }]);

describe('normaliseSkill', () => {
  it.each([
    ['JS', 'javascript'],
    ['Javascript', 'javascript'],
    ['ECMAScript', 'javascript'],
    ['KI', 'artificial-intelligence'],
    ['AI', 'artificial-intelligence'],
    ['Künstliche Intelligenz', 'artificial-intelligence'],
    ['Kuenstliche Intelligenz', 'artificial-intelligence'],
    ['kunstliche intelligenz', 'artificial-intelligence'],
    ['Artificial Intelligence', 'artificial-intelligence'],
    ['GenAI', 'generative-ai'],
    ['Gen AI', 'generative-ai'],
    ['Generative KI', 'generative-ai'],
    ['ML', 'machine-learning'],
    ['Maschinelles Lernen', 'machine-learning'],
    ['k8s', 'kubernetes'],
    ['K8S', 'kubernetes'],
    ['Führung', 'leadership'],
    ['Fuehrung', 'leadership'],
    ['führung', 'leadership'],
    ['FÜHRUNG', 'leadership'],
    ['Fuhrung', 'leadership'],
    ['Leadership', 'leadership'],
    ['Change-Management', 'change-management'],
    ['Changemanagement', 'change-management'],
    ['change management', 'change-management'],
    ['Einkauf', 'procurement'],
    ['Procurement', 'procurement'],
    ['Großhandel', 'wholesale'],
    ['Grosshandel', 'wholesale'],
    ['C', 'c-programming'],
    ['C++', 'cpp'],
    ['C#', 'csharp'],
    ['.NET', 'dotnet'],
    ['Node JS', 'nodejs'],
    ['nodejs', 'nodejs'],
    ['M&A', 'mergers-acquisitions'],
    ['Mergers and Acquisitions', 'mergers-acquisitions'],
    ['PR', 'public-relations'],
    ['HR', 'hr-management'],
    ['Power BI', 'power-bi'],
    ['PowerBI', 'power-bi'],
    ['E-Mail-Marketing', 'email-marketing'],
    ['Email Marketing', 'email-marketing'],
  ])('%s → %s', (text, id) => {
    expect(normaliseSkill(index, text)?.id).toBe(id);
  });

  it('labels catalogue skills in the requested language', () => {
    expect(normaliseSkill(index, 'KI', 'en')).toEqual({ id: 'artificial-intelligence', label: 'Artificial Intelligence' });
    expect(normaliseSkill(index, 'AI', 'de')).toEqual({ id: 'artificial-intelligence', label: 'Künstliche Intelligenz' });
  });

  it('makes unknown text a custom skill labelled as typed', () => {
    expect(normaliseSkill(index, '  Résumé   Writing ')).toEqual({ id: 'custom:resume-writing', label: 'Résumé Writing' });
    expect(normaliseSkill(index, 'Quantum Basket Weaving')).toEqual({
      id: 'custom:quantum-basket-weaving',
      label: 'Quantum Basket Weaving',
    });
  });

  it('reuses a known custom skill and its label for other spellings', () => {
    expect(normaliseSkill(index, 'blockchain-governance')).toEqual({
      id: 'custom:blockchain-governance',
      label: 'Blockchain Governance',
    });
  });

  it('returns null for text without letters or digits', () => {
    expect(normaliseSkill(index, '')).toBeNull();
    expect(normaliseSkill(index, ' · – ')).toBeNull();
  });

  it('is idempotent: normalising the label gives the same skill', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.constantFrom(...catalogue.flatMap((e) => [e.en, e.de, ...e.aliases])),
          fc.stringMatching(/^[ A-Za-zÄÖÜäöüßé#+.&\-]{0,20}$/),
        ),
        fc.constantFrom('en' as const, 'de' as const),
        (text, lang) => {
          const first = normaliseSkill(index, text, lang);
          expect(first === null).toBe(foldText(text) === '');
          if (first) expect(normaliseSkill(index, first.label, lang)).toEqual(first);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('resolveProfileSkills', () => {
  it('returns unique ids in profile order, catalogue or custom, dropping blanks', () => {
    expect(
      resolveProfileSkills(index, [
        'KI',
        'Strategischer Einkauf',
        'AI',
        'Künstliche Intelligenz',
        ' ',
        'Underwater Hockey',
        'underwater  hockey',
        'SAP MM',
      ]),
    ).toEqual(['artificial-intelligence', 'strategic-purchasing', 'custom:underwater-hockey', 'sap-mm']);
  });
});

describe('skillLabel and skillCategory', () => {
  it('names catalogue skills per language and falls back to the custom label, then the id', () => {
    expect(skillLabel(index, 'negotiation', 'en')).toBe('Negotiation');
    expect(skillLabel(index, 'negotiation', 'de')).toBe('Verhandlungsführung');
    expect(skillLabel(index, 'custom:blockchain-governance', 'de')).toBe('Blockchain Governance');
    expect(skillLabel(index, 'custom:unknown-thing', 'en')).toBe('custom:unknown-thing');
  });

  it('gives catalogue categories and null for custom or unknown skills', () => {
    expect(skillCategory(index, 'tiktok-marketing')).toBe('trends');
    expect(skillCategory(index, 'assertiveness')).toBe('eq');
    expect(skillCategory(index, 'sap-mm')).toBe('industry');
    expect(skillCategory(index, 'custom:blockchain-governance')).toBeNull();
    expect(skillCategory(index, 'nope')).toBeNull();
  });
});

describe('resolveProfileSkills (names folded once per index)', () => {
  it('gives what normaliseSkill gives, per index, however often a name repeats or indexes alternate', () => {
    const plain = createSkillIndex(catalogue);
    const names = ['Blockchain Governance', 'JS', 'Künstliche Intelligenz', '  ', 'Blockchain Governance', 'Underwater Welding'];
    for (let round = 0; round < 3; round++) {
      for (const idx of [index, plain]) {
        const expected = [...new Set(names.map((n) => normaliseSkill(idx, n)?.id).filter((id): id is string => !!id))];
        expect(resolveProfileSkills(idx, names)).toEqual(expected);
      }
    }
    // The custom skill of one index never leaks into another through the cache.
    expect(resolveProfileSkills(index, ['Blockchain Governance'])).toEqual(['custom:blockchain-governance']);
    expect(resolveProfileSkills(plain, ['Blockchain Governance'])).toEqual([normaliseSkill(plain, 'Blockchain Governance')!.id]);
  });
});
