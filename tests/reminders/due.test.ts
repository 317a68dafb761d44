import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dueReason, isFollowUpDue, isStuck, stuckAt, STUCK_AFTER_DAYS } from '../../utils/reminders/due';
import { badgeText, contactKeyOfNotification, followUpsToNotify, MAX_NOTIFICATIONS_AT_ONCE, nextNotified, notificationIdFor } from '../../utils/reminders/plan';

const DAY = 24 * 60 * 60 * 1000;
const START = new Date('2026-03-02T08:00:00Z');

describe('due logic over time (fake timers)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(START);
  });
  afterEach(() => vi.useRealTimers());

  it('a follow-up becomes due exactly at its time', () => {
    const contact = { status: 'idea' as const, statusChangedAt: Date.now(), followUpAt: Date.now() + 2 * DAY };
    expect(dueReason(contact, Date.now())).toBeNull();
    vi.advanceTimersByTime(2 * DAY - 1);
    expect(isFollowUpDue(contact, Date.now())).toBe(false);
    vi.advanceTimersByTime(1);
    expect(dueReason(contact, Date.now())).toBe('follow-up');
  });

  it('"contacted" with no change for 21 days becomes stuck; a planned follow-up or an idea never does', () => {
    const contacted = { status: 'contacted' as const, statusChangedAt: Date.now(), followUpAt: null };
    expect(STUCK_AFTER_DAYS.contacted).toBe(21);
    vi.advanceTimersByTime(20 * DAY);
    expect(isStuck(contacted, Date.now())).toBe(false);
    vi.advanceTimersByTime(DAY);
    expect(dueReason(contacted, Date.now())).toBe('stuck');
    expect(dueReason({ ...contacted, followUpAt: Date.now() + DAY }, Date.now())).toBeNull();
    expect(isStuck({ ...contacted, status: 'idea' }, Date.now() + 1000 * DAY)).toBe(false);
    expect(stuckAt({ ...contacted, status: 'paused' })).toBe(contacted.statusChangedAt + 60 * DAY);
  });

  it('a stuck relationship never leaves "Due" because a follow-up date is set, even a past one', () => {
    const stuck = { status: 'contacted' as const, statusChangedAt: Date.now() - 40 * DAY, followUpAt: null };
    expect(dueReason(stuck, Date.now())).toBe('stuck');
    // A date already passed: still due, now as the follow-up it is.
    expect(dueReason({ ...stuck, followUpAt: Date.now() - 5 * DAY }, Date.now())).toBe('follow-up');
    expect(dueReason({ ...stuck, followUpAt: Date.now() }, Date.now())).toBe('follow-up');
    // A future date puts the nudge off until then, and it is due again at that moment.
    const planned = { ...stuck, followUpAt: Date.now() + 3 * DAY };
    expect(dueReason(planned, Date.now())).toBeNull();
    vi.advanceTimersByTime(3 * DAY);
    expect(dueReason(planned, Date.now())).toBe('follow-up');
    // Cleared again: stuck as before.
    expect(dueReason({ ...planned, followUpAt: null }, Date.now())).toBe('stuck');
  });
});

describe('notification plan', () => {
  const item = (key: string, followUpAt: number) => ({ key, name: key, url: `https://www.linkedin.com/in/${key}/`, followUpAt });

  it('announces each follow-up date once, again when the date changes', () => {
    const due = [item('a', 10), item('b', 20)];
    expect(followUpsToNotify(due, {}).map((d) => d.key)).toEqual(['a', 'b']);
    expect(followUpsToNotify(due, { a: 10 }).map((d) => d.key)).toEqual(['b']);
    expect(followUpsToNotify(due, { a: 5 }).map((d) => d.key)).toEqual(['a', 'b']);
  });

  it('caps notifications at once, oldest first, and forgets people no longer due', () => {
    const due = Array.from({ length: 8 }, (_, i) => item(`p${i}`, 100 - i));
    const picked = followUpsToNotify(due, {});
    expect(picked).toHaveLength(MAX_NOTIFICATIONS_AT_ONCE);
    expect(picked[0]!.key).toBe('p7');
    expect(nextNotified([item('a', 1)], { a: 1, gone: 3 }, [])).toEqual({ a: 1 });
  });

  it('shows the count on the badge', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(120)).toBe('99+');
  });

  it('round-trips notification ids and ignores foreign ones', () => {
    expect(contactKeyOfNotification(notificationIdFor('linkedin:ada'))).toBe('linkedin:ada');
    expect(contactKeyOfNotification('other')).toBeNull();
  });
});
