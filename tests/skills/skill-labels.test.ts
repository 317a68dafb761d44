import { describe, expect, it } from 'vitest';
import { getCatalogue } from '../../utils/skills/catalogue';
import { createSkillIndex, createSkillLabels, customSkillId, skillLabel } from '../../utils/skills/search';

const catalogue = getCatalogue();

describe('createSkillLabels', () => {
  it('names every catalogue skill in both languages exactly as the search index does', () => {
    const labels = createSkillLabels(catalogue);
    const index = createSkillIndex(catalogue);
    for (const entry of catalogue) {
      for (const lang of ['en', 'de'] as const) expect(skillLabel(labels, entry.id, lang)).toBe(skillLabel(index, entry.id, lang));
    }
    expect(skillLabel(labels, 'generative-ai', 'de')).toBe(catalogue.find((e) => e.id === 'generative-ai')!.de);
  });

  it('shows unknown ids as themselves', () => {
    expect(skillLabel(createSkillLabels(catalogue), 'custom:not-known', 'en')).toBe('custom:not-known');
  });

  it('with custom skills, gives their labels and none to a custom skill that is a catalogue name', () => {
    const custom = [
      { id: customSkillId('Blockchain Governance'), label: 'Blockchain Governance' },
      // "KI" is the catalogue's AI: the index gives this custom id no label of its own.
      { id: customSkillId('KI'), label: 'KI' },
    ];
    const labels = createSkillLabels(catalogue, custom);
    const index = createSkillIndex(catalogue, custom);
    for (const { id } of custom) expect(skillLabel(labels, id, 'en')).toBe(skillLabel(index, id, 'en'));
    expect(skillLabel(labels, custom[0]!.id, 'de')).toBe('Blockchain Governance');
    expect(skillLabel(labels, custom[1]!.id, 'en')).toBe(custom[1]!.id);
  });

  it('is built once per catalogue when there are no custom skills', () => {
    expect(createSkillLabels(catalogue)).toBe(createSkillLabels(catalogue, []));
  });
});
