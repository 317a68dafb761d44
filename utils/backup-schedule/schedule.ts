/**
 * Pure: when the next automatic backup is due. Times are epoch ms; `lastAt` is when the last automatic
 * backup was taken in this browser (null: never).
 */
import type { AutoBackupInterval, AutoBackupSettings } from '../schemas/settings';
import { MAX_CLOCK_SKEW_MS } from '../schemas/limits';

const DAY_MS = 86_400_000;

/** Monthly is every 30 days: the same length whatever the month, so "due" never depends on the calendar. */
export const INTERVAL_MS: Record<AutoBackupInterval, number> = { daily: DAY_MS, weekly: 7 * DAY_MS, monthly: 30 * DAY_MS };

/**
 * When the next automatic backup is due, or null when the schedule is off. Never backed up → now. A last
 * backup further in the future than a clock could drift means the clock was set back: its time cannot be
 * trusted, so a backup is due now (which also resets the baseline) rather than in months.
 */
export function nextBackupAt(settings: AutoBackupSettings, lastAt: number | null, now: number): number | null {
  if (!settings.enabled) return null;
  if (lastAt === null || lastAt > now + MAX_CLOCK_SKEW_MS) return now;
  return lastAt + INTERVAL_MS[settings.interval];
}

export function isBackupDue(settings: AutoBackupSettings, lastAt: number | null, now: number): boolean {
  const next = nextBackupAt(settings, lastAt, now);
  return next !== null && next <= now;
}
