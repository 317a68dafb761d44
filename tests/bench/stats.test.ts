import { describe, expect, it } from 'vitest';
import { median, medianInterval } from '../../e2e/support/stats.mjs';

describe('the bench statistics', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('brackets the median with order statistics: for 90 samples the 38th and 53rd smallest', () => {
    const values = Array.from({ length: 90 }, (_, i) => 90 - i); // 90 … 1, unsorted on purpose
    expect(medianInterval(values)).toEqual([38, 53]);
  });

  it('narrows as samples grow and widens with the confidence asked', () => {
    const of = (n: number) => Array.from({ length: n }, (_, i) => i / n);
    const width = (n: number, z?: number) => {
      const [lo, hi] = medianInterval(of(n), z) ?? [0, 1];
      return hi - lo;
    };
    expect(width(120)).toBeLessThan(width(30));
    expect(width(90, 2.576)).toBeGreaterThan(width(90));
  });

  it('gives no interval for fewer than ten samples', () => {
    expect(medianInterval([1, 2, 3, 4, 5, 6, 7, 8, 9])).toBeNull();
  });
});
