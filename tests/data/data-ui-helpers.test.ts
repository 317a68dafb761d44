import { describe, expect, it } from 'vitest';
import { BACKUP_REMINDER_DAYS, backupReminder } from '../../utils/data/backup-reminder';
import { formatBytes } from '../../utils/data/format-bytes';
import { groupSkipped } from '../../utils/data/import-summary';
import { describeImportProblem } from '../../utils/data/problems';

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 1, 12);

describe('backupReminder', () => {
  it('reminds when no backup was ever made', () => {
    expect(backupReminder(null, NOW)).toEqual({ kind: 'never' });
  });
  it('is quiet up to 30 days, reminds from day 31 with the age in days', () => {
    expect(backupReminder(NOW - DAY, NOW)).toBeNull();
    expect(backupReminder(NOW - BACKUP_REMINDER_DAYS * DAY, NOW)).toBeNull();
    expect(backupReminder(NOW - (BACKUP_REMINDER_DAYS + 1) * DAY, NOW)).toEqual({ kind: 'stale', days: 31 });
    expect(backupReminder(NOW - 400 * DAY, NOW)).toEqual({ kind: 'stale', days: 400 });
  });
  it('a backup time in the future (clock changed) counts as fresh', () => {
    expect(backupReminder(NOW + 10 * DAY, NOW)).toBeNull();
  });
});

describe('formatBytes', () => {
  it('uses decimal units and the language’s number format', () => {
    expect(formatBytes(0, 'en')).toBe('0 B');
    expect(formatBytes(999, 'en')).toBe('999 B');
    expect(formatBytes(1500, 'en')).toBe('1.5 kB');
    expect(formatBytes(1_234_567, 'de')).toBe('1,2 MB');
    expect(formatBytes(250_000_000, 'en')).toBe('250 MB');
    expect(formatBytes(3e12, 'en')).toBe('3 TB');
  });
});

describe('groupSkipped', () => {
  it('counts skipped rows per reason, largest group first, with the first line of each', () => {
    expect(
      groupSkipped([
        { line: 9, reason: 'no-name' },
        { line: 12, reason: 'no-profile-url' },
        { line: 4, reason: 'no-profile-url' },
        { line: 30, reason: 'no-profile-url' },
      ]),
    ).toEqual([
      { reason: 'no-profile-url', count: 3, firstLine: 4 },
      { reason: 'no-name', count: 1, firstLine: 9 },
    ]);
    expect(groupSkipped([])).toEqual([]);
  });
});

describe('too-many-rows', () => {
  it('says how many rows the file has and the limit, in both languages', () => {
    const problem = { code: 'too-many-rows', rows: 123_456, limit: 100_000 } as const;
    expect(describeImportProblem(problem, 'en')).toBe('The file has 123,456 connections; at most 100,000 can be imported at once.');
    expect(describeImportProblem(problem, 'de')).toBe('Die Datei hat 123.456 Kontakte; höchstens 100.000 lassen sich auf einmal importieren.');
  });
});
