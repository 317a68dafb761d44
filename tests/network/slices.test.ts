import { describe, expect, it } from 'vitest';
import { forEachInSlices } from '../../utils/network/slices';

describe('forEachInSlices', () => {
  it('visits every item in order and lets other tasks run in between slices', async () => {
    const items = Array.from({ length: 5000 }, (_, i) => i);
    const seen: number[] = [];
    let otherTaskRanAt = -1;
    setTimeout(() => (otherTaskRanAt = seen.length), 0);
    await forEachInSlices(
      items,
      (i) => {
        seen.push(i);
        const until = performance.now() + 0.01;
        while (performance.now() < until); // a little work per item
      },
      2,
    );
    expect(seen).toEqual(items);
    expect(otherTaskRanAt).toBeGreaterThan(0);
    expect(otherTaskRanAt).toBeLessThan(items.length);
  });
});
