import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueTransitions, passedBy } from '../../utils/network/due-transitions';
import { isFollowUpDue, isStuck, type DueFields } from '../../utils/reminders/due';
import { CONTACT_STATUSES } from '../../utils/schemas/contact';
import { DAY, T0 } from './helpers';

const contact = (patch: Partial<DueFields>): DueFields => ({ status: 'idea', statusChangedAt: T0, followUpAt: null, ...patch });

describe('dueTransitions', () => {
  it('lists the future follow-ups and stuck moments in order, and nothing already due or never due', () => {
    const ahead = dueTransitions(
      [
        contact({ followUpAt: T0 - DAY }), // already due
        contact({ followUpAt: T0 + 3 * DAY }),
        contact({ status: 'contacted', statusChangedAt: T0 - 20 * DAY }), // stuck after 21 days: T0 + 1 day
        contact({ status: 'contacted', statusChangedAt: T0 - 30 * DAY }), // already stuck
        contact({ status: 'contacted', statusChangedAt: T0, followUpAt: T0 + 2 * DAY }), // follow-up planned: never stuck
        contact({ status: 'mentoring', statusChangedAt: T0 - 400 * DAY }), // never nags
        contact({ followUpAt: T0 + DAY / 2 }),
      ],
      T0,
      10,
    );
    expect(ahead).toEqual({ followUps: [T0 + DAY / 2, T0 + 2 * DAY, T0 + 3 * DAY], stuck: [T0 + DAY], completeUntil: null });
  });

  it('keeps only the first moments and says until when the lists are complete', () => {
    const contacts = [5, 1, 4, 2, 3].map((d) => contact({ followUpAt: T0 + d * DAY }));
    expect(dueTransitions(contacts, T0, 3)).toEqual({
      followUps: [T0 + DAY, T0 + 2 * DAY, T0 + 3 * DAY],
      stuck: [],
      completeUntil: T0 + 4 * DAY,
    });
  });

  it('passedBy counts the moments at or before now', () => {
    const moments = [10, 20, 20, 30];
    expect([0, 10, 19, 20, 29, 30, 99].map((now) => passedBy(moments, now))).toEqual([0, 1, 1, 3, 3, 4, 4]);
    expect(passedBy([], 5)).toBe(0);
  });

  it('moves due counts on exactly: counts at t0 plus the moments passed equal the counts at any later time', () => {
    const arbContact = fc.record({
      status: fc.constantFrom(...CONTACT_STATUSES),
      statusChangedAt: fc.integer({ min: T0 - 90 * DAY, max: T0 }),
      followUpAt: fc.option(fc.integer({ min: T0 - 10 * DAY, max: T0 + 90 * DAY }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(arbContact, { maxLength: 40 }), fc.integer({ min: 0, max: 120 * DAY }), fc.integer({ min: 1, max: 30 }), (contacts, later, limit) => {
        const ahead = dueTransitions(contacts, T0, limit);
        const t1 = T0 + later;
        fc.pre(ahead.completeUntil === null || t1 < ahead.completeUntil);
        const count = (pred: (c: DueFields, now: number) => boolean, now: number) => contacts.filter((c) => pred(c, now)).length;
        const stuckOnly = (c: DueFields, now: number) => !isFollowUpDue(c, now) && isStuck(c, now);
        expect(count(isFollowUpDue, t1)).toBe(count(isFollowUpDue, T0) + passedBy(ahead.followUps, t1));
        expect(count(stuckOnly, t1)).toBe(count(stuckOnly, T0) + passedBy(ahead.stuck, t1));
      }),
    );
  });
});
