import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOLLOW_UP_HOUR, dateInputToEpoch, epochToDateInput, isFollowUpDue } from '../../utils/reminders/follow-up-date';

describe('follow-up date conversion', () => {
  // A zone with daylight-saving changes: 09:00 local must stay 09:00 on both sides of them.
  const zone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Europe/Berlin';
  });
  afterAll(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('turns a date input value into 09:00 local time on that day', () => {
    const ms = dateInputToEpoch('2026-03-15');
    expect(ms).not.toBeNull();
    const date = new Date(ms!);
    expect([date.getFullYear(), date.getMonth(), date.getDate()]).toEqual([2026, 2, 15]);
    expect([date.getHours(), date.getMinutes(), date.getSeconds(), date.getMilliseconds()]).toEqual([FOLLOW_UP_HOUR, 0, 0, 0]);
  });

  it('round-trips every day of a year, across daylight-saving changes', () => {
    const start = new Date(2026, 0, 1, 12);
    for (let day = 0; day < 366; day++) {
      const d = new Date(start.getFullYear(), 0, 1 + day, 12);
      const value = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      expect(epochToDateInput(dateInputToEpoch(value))).toBe(value);
    }
  });

  it.each(['', '2026-02-30', '2026-13-01', '15.03.2026', 'tomorrow', '2026-3-5'])('rejects %j', (value) => {
    expect(dateInputToEpoch(value)).toBeNull();
  });

  it('shows nothing for no date', () => {
    expect(epochToDateInput(null)).toBe('');
    expect(epochToDateInput(Number.NaN)).toBe('');
  });

  it('is due from its moment on', () => {
    const at = dateInputToEpoch('2026-03-15')!;
    expect(isFollowUpDue(at, at - 1)).toBe(false);
    expect(isFollowUpDue(at, at)).toBe(true);
    expect(isFollowUpDue(null, at)).toBe(false);
  });
});
