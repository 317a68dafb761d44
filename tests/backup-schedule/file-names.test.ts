import { describe, expect, it } from 'vitest';
import { autoBackupFileName, autoBackupFilesToPrune, timeOfAutoBackupFile } from '../../utils/backup-schedule/file-names';
import { backupFileName } from '../../utils/data/backup';
import { pickToPrune } from '../../utils/backup-schedule/retention';

const DAY = 86_400_000;
const T = Date.UTC(2026, 11, 5, 20, 30, 7);
const nameAt = (daysAgo: number) => autoBackupFileName(T - daysAgo * DAY);

describe('automatic backup file names', () => {
  it('are dated in UTC, sort by time, have no ":" and read back to their second', () => {
    expect(autoBackupFileName(T)).toBe('mentor-radar-backup-auto-2026-12-05T20-30-07Z.json');
    expect(timeOfAutoBackupFile(autoBackupFileName(T))).toBe(T);
    expect(timeOfAutoBackupFile(autoBackupFileName(T + 999))).toBe(T); // milliseconds are not in the name
    const names = [3, 0, 12, 1].map(nameAt);
    expect([...names].sort()).toEqual([12, 3, 1, 0].map(nameAt));
  });

  it.each([
    backupFileName(T), // the manual backup: the user's, never ours to delete
    'mentor-radar-backup-auto-2026-12-05T20-30-07Z (1).json',
    'mentor-radar-backup-auto-2026-12-05T20-30-07Z.json.bak',
    'Mentor-Radar-Backup-Auto-2026-12-05T20-30-07Z.json',
    'copy of mentor-radar-backup-auto-2026-12-05T20-30-07Z.json',
    'mentor-radar-backup-auto-2026-12-05T20-30-07Z.JSON',
    'mentor-radar-backup-auto-2026-12-05T20:30:07Z.json',
    'mentor-radar-backup-auto-2026-02-31T10-00-00Z.json', // no such day
    'mentor-radar-backup-auto-2026-12-05T24-00-00Z.json',
    'mentor-radar-backup-auto-2026-12-05.json',
    'notes.txt',
  ])('"%s" is not ours', (name) => {
    expect(timeOfAutoBackupFile(name)).toBeNull();
    expect(autoBackupFilesToPrune([name, nameAt(0)], 1, nameAt(0))).toEqual([]);
  });
});

describe('which of our files to delete', () => {
  it('keeps the newest N of ours and deletes the older ones, never anything else', () => {
    const ours = [0, 1, 2, 3, 4, 5, 6].map(nameAt);
    const others = ['holiday.jpg', backupFileName(T - 20 * DAY), 'mentor-radar-backup-auto-old.json'];
    const prune = autoBackupFilesToPrune([...others, ...ours].reverse(), 5, nameAt(0));
    expect(prune.sort()).toEqual([nameAt(6), nameAt(5)].sort());
    for (const other of others) expect(prune).not.toContain(other);
  });

  it('deletes nothing while there are N or fewer', () => {
    expect(autoBackupFilesToPrune([nameAt(0), nameAt(1)], 2, nameAt(0))).toEqual([]);
    expect(autoBackupFilesToPrune([], 5, null)).toEqual([]);
  });

  it('clock set back: the file just written looks oldest but is kept; the oldest others go', () => {
    const earlier = [10, 11, 12].map((d) => autoBackupFileName(T + d * DAY)); // written while the clock was ahead
    const justWritten = nameAt(0);
    const prune = autoBackupFilesToPrune([...earlier, justWritten], 2, justWritten);
    expect(prune).not.toContain(justWritten);
    expect(prune.sort()).toEqual([autoBackupFileName(T + 10 * DAY), autoBackupFileName(T + 11 * DAY)].sort());
  });

  it('keep 1: only the file just written remains', () => {
    const names = [0, 1, 2].map(nameAt);
    expect(autoBackupFilesToPrune(names, 1, nameAt(0)).sort()).toEqual([nameAt(1), nameAt(2)].sort());
  });

  it('pickToPrune without a just-written item keeps the newest N by time', () => {
    const items = [5, 1, 3, 2].map((at) => ({ id: `x${at}`, at }));
    expect(pickToPrune(items, 2, null).map((i) => i.id)).toEqual(['x2', 'x1']);
    expect(pickToPrune(items, 2, 'missing').map((i) => i.id)).toEqual(['x2', 'x1']);
  });
});
