import { describe, expect, it } from 'vitest';
import { INTERVAL_MS, isBackupDue, nextBackupAt } from '../../utils/backup-schedule/schedule';
import { DEFAULT_AUTO_BACKUP, type AutoBackupSettings } from '../../utils/schemas/settings';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 11, 5, 20, 30);
const on = (interval: AutoBackupSettings['interval'] = 'weekly'): AutoBackupSettings => ({ ...DEFAULT_AUTO_BACKUP, enabled: true, interval });

describe('when an automatic backup is due', () => {
  it('never while the schedule is off, however old the last one', () => {
    expect(nextBackupAt(DEFAULT_AUTO_BACKUP, null, NOW)).toBeNull();
    expect(isBackupDue(DEFAULT_AUTO_BACKUP, NOW - 400 * DAY, NOW)).toBe(false);
  });

  it('at once when turned on and never backed up', () => {
    expect(nextBackupAt(on(), null, NOW)).toBe(NOW);
    expect(isBackupDue(on(), null, NOW)).toBe(true);
  });

  it.each([
    ['daily', DAY],
    ['weekly', 7 * DAY],
    ['monthly', 30 * DAY],
  ] as const)('%s: one interval after the last one, not a millisecond earlier', (interval, length) => {
    expect(INTERVAL_MS[interval]).toBe(length);
    const last = NOW - length;
    expect(nextBackupAt(on(interval), last, NOW)).toBe(NOW);
    expect(isBackupDue(on(interval), last, NOW)).toBe(true);
    expect(isBackupDue(on(interval), last + 1, NOW)).toBe(false);
  });

  it('weekly is the default and is not due two days after the last backup', () => {
    expect(DEFAULT_AUTO_BACKUP.interval).toBe('weekly');
    expect(DEFAULT_AUTO_BACKUP.keep).toBe(5);
    expect(isBackupDue(on(), NOW - 2 * DAY, NOW)).toBe(false);
    expect(nextBackupAt(on(), NOW - 2 * DAY, NOW)).toBe(NOW + 5 * DAY);
  });

  it('a clock set back by days makes the stored time untrustworthy: due now, not in weeks', () => {
    const lastOnTheOldClock = NOW + 3 * DAY;
    expect(nextBackupAt(on(), lastOnTheOldClock, NOW)).toBe(NOW);
    expect(isBackupDue(on(), lastOnTheOldClock, NOW)).toBe(true);
  });

  it('a clock a little behind another device (within an hour) is ordinary drift: not due', () => {
    expect(isBackupDue(on('daily'), NOW + 30 * 60_000, NOW)).toBe(false);
  });
});
