import { describe, expect, it } from 'vitest';
import { ownSaves } from '../../components/common/own-saves';

const profile = (learnSkills: string[]) => ({ name: 'Ines', learnSkills, careerStartYear: 1994 });

describe('ownSaves', () => {
  it('an earlier save of ours read back after a later one is stale; the latest is not', () => {
    const saves = ownSaves<ReturnType<typeof profile>>();
    saves.saving(profile(['generative-ai']));
    saves.saving(profile(['generative-ai', 'data-visualization']));
    expect(saves.isStale(profile(['generative-ai']))).toBe(true);
    expect(saves.isStale(profile(['generative-ai', 'data-visualization']))).toBe(false);
  });

  it("someone else's value is adopted, and after it (or after our latest) nothing earlier counts as ours", () => {
    const saves = ownSaves<ReturnType<typeof profile>>();
    saves.saving(profile(['a']));
    saves.saving(profile(['a', 'b']));
    expect(saves.isStale(profile(['from another tab']))).toBe(false);
    // A later read of our first save can no longer be an echo: another tab wrote it.
    expect(saves.isStale(profile(['a']))).toBe(false);
    saves.saving(profile(['c']));
    saves.saving(profile(['c', 'd']));
    expect(saves.isStale(profile(['c', 'd']))).toBe(false);
    expect(saves.isStale(profile(['c']))).toBe(false);
  });

  it('a value saved again as the latest (a tag removed and added back) is not stale', () => {
    const saves = ownSaves<ReturnType<typeof profile>>();
    saves.saving(profile(['a']));
    saves.saving(profile(['a', 'b']));
    saves.saving(profile(['a']));
    expect(saves.isStale(profile(['a']))).toBe(false);
  });

  it('compares by content, whatever order the keys were written in', () => {
    const saves = ownSaves<Record<string, unknown>>();
    saves.saving({ name: 'Ines', learnSkills: ['a'] });
    saves.saving({ name: 'Ines', learnSkills: ['a', 'b'] });
    expect(saves.isStale({ learnSkills: ['a'], name: 'Ines' })).toBe(true);
  });

  it('nothing saved yet: the first read is adopted', () => {
    expect(ownSaves().isStale(profile([]))).toBe(false);
  });
});
