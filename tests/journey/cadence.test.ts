import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cadenceFollowUp, followUpAfter, followUpAfterInteraction } from '../../utils/journey/cadence';

/** Local wall-clock parts of an instant, in the time zone the test set. */
const wall = (ms: number) => {
  const d = new Date(ms);
  return [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()];
};

describe.each(['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'UTC'])('followUpAfter in %s', (zone) => {
  let saved: string | undefined;
  let applies = false;
  beforeAll(() => {
    saved = process.env.TZ;
    // Node re-reads TZ when it changes, so Date's local time follows this zone for the tests below. Not in a
    // worker thread (Stryker's vitest runner uses them): there the process's zone stays, and this zone's
    // checks are skipped rather than run in another zone (vitest.mutation.config.ts starts in Europe/Berlin).
    process.env.TZ = zone;
    const effective = Intl.DateTimeFormat().resolvedOptions().timeZone;
    applies = effective === zone || (zone === 'UTC' && ['Etc/UTC', 'Etc/GMT', 'GMT'].includes(effective));
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it('lands N weeks later on the same weekday at 09:00 local time, also across a DST change', (ctx) => {
    if (!applies) ctx.skip();
    // Interactions a few days before the spring and autumn changes of both hemispheres, at odd hours.
    const interactions = [
      new Date(2026, 2, 20, 23, 45).getTime(), // before EU (29 Mar) and after US (8 Mar) spring change
      new Date(2026, 2, 5, 0, 10).getTime(), // before the US spring change
      new Date(2026, 9, 20, 7, 0).getTime(), // before EU autumn change (25 Oct), AU spring (4 Oct) passed
      new Date(2026, 3, 1, 12, 0).getTime(), // before the AU autumn change (5 Apr)
    ];
    for (const at of interactions) {
      for (const weeks of [2, 4, 8, 12]) {
        const next = followUpAfter(at, weeks);
        const expectedDay = new Date(at);
        expectedDay.setDate(expectedDay.getDate() + weeks * 7);
        expect(wall(next)).toEqual([expectedDay.getFullYear(), expectedDay.getMonth() + 1, expectedDay.getDate(), 9, 0]);
        expect(new Date(next).getDay()).toBe(new Date(at).getDay());
        // Whole days apart, give or take the one hour a DST change adds or removes.
        const days = (next - new Date(at).setHours(9, 0, 0, 0)) / 86_400_000;
        expect(Math.abs(days - weeks * 7)).toBeLessThanOrEqual(1 / 24 + 1e-9);
      }
    }
  });

  it('a 4-week span that crosses the change is not 28 × 24 hours when the zone has DST', (ctx) => {
    if (!applies) ctx.skip();
    const before = new Date(2026, 2, 20, 9, 0).getTime();
    const next = followUpAfter(before, 4);
    const hours = (next - before) / 3_600_000;
    if (zone === 'Europe/Berlin') expect(hours).toBe(28 * 24 - 1);
    if (zone === 'UTC') expect(hours).toBe(28 * 24);
  });
});

describe('cadenceFollowUp', () => {
  it('none leaves the follow-up alone; a cadence computes it from the interaction', () => {
    const at = Date.UTC(2026, 0, 10, 15);
    expect(cadenceFollowUp(0, at)).toBeUndefined();
    expect(cadenceFollowUp(2, at)).toBe(followUpAfter(at, 2));
    expect(cadenceFollowUp(12, at)).toBeGreaterThan(cadenceFollowUp(8, at)!);
  });
});

describe('followUpAfterInteraction', () => {
  it('moves the follow-up by the cadence, and changes nothing without one', () => {
    const at = Date.UTC(2026, 4, 4, 16);
    expect(followUpAfterInteraction({ cadenceWeeks: 4 }, at)).toEqual({ followUpAt: followUpAfter(at, 4) });
    expect(followUpAfterInteraction({ cadenceWeeks: 0 }, at)).toEqual({});
    expect('followUpAt' in followUpAfterInteraction({ cadenceWeeks: 0 }, at)).toBe(false);
  });
});
