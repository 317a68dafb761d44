import { describe, expect, it } from 'vitest';
import { median, medianInterval, roundOrder } from '../../e2e/support/stats.mjs';

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

  // A plain rotation of three fails this: in 12 rounds, with follows without 4 times and floor 8.
  it('orders the loads so each browser follows each other one equally often, never itself', () => {
    for (const kinds of [['with', 'without', 'floor'], ['with', 'without']]) {
      const loads = Array.from({ length: 12 }, (_, i) => roundOrder(kinds, i)).flat();
      const follows = new Map<string, number>();
      for (let i = 1; i < loads.length; i++) {
        const pair = `${loads[i]} after ${loads[i - 1]}`;
        follows.set(pair, (follows.get(pair) ?? 0) + 1);
      }
      expect([...follows.keys()].every((pair) => !/^(\w+) after \1$/.test(pair))).toBe(true);
      expect(follows.size).toBe(kinds.length * (kinds.length - 1));
      const counts = [...follows.values()];
      // The sequence's ends cut one pair short at most.
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
      for (let i = 0; i < 12; i++) expect([...roundOrder(kinds, i)].sort()).toEqual([...kinds].sort());
    }
    expect(() => roundOrder(['a', 'b', 'c', 'd'], 0)).toThrow();
  });
});
