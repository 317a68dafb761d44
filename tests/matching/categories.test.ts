import { describe, expect, it } from 'vitest';
import { masteredCategories } from '../../utils/matching/categories';
import { fakeSkills } from './fake-skills';

describe('masteredCategories', () => {
  it('counts a category with two skills as mastered, even on a group tie', () => {
    expect(masteredCategories(['genai', 'python', 'strategy', 'finance'], fakeSkills)).toEqual(
      new Set(['digital', 'strategy']),
    );
  });

  it('ignores one stray skill outside the dominant group', () => {
    // A digital native with one strategy skill still has strategy to learn.
    expect(masteredCategories(['genai', 'python', 'tiktok', 'strategy'], fakeSkills)).toEqual(new Set(['digital', 'trends']));
  });

  it('counts single skills of the dominant group, and none on a tie', () => {
    expect(masteredCategories(['strategy', 'leadership', 'excel'], fakeSkills)).toEqual(new Set(['strategy', 'eq']));
    expect(masteredCategories(['strategy', 'excel'], fakeSkills)).toEqual(new Set());
  });

  it('counts a repeated id once and skips uncategorised skills', () => {
    expect(masteredCategories(['excel', 'excel', 'custom:pottery'], fakeSkills)).toEqual(new Set(['digital']));
  });
});
