import { describe, expect, it } from 'vitest';
import { writeBackupToFolder } from '../../utils/backup-schedule/folder';
import { autoBackupFileName } from '../../utils/backup-schedule/file-names';
import { backupFileName } from '../../utils/data/backup';
import { FakeFolder } from '../support/fake-folder';

const DAY = 86_400_000;
const T = Date.UTC(2026, 11, 5, 9);
const TEXT = '{"format":"mentor-radar-backup"}\n';

function folderWith(daysAgo: number[], others: string[] = []): FakeFolder {
  const folder = new FakeFolder();
  for (const d of daysAgo) folder.files.set(autoBackupFileName(T - d * DAY), `old ${d}`);
  for (const name of others) folder.files.set(name, 'theirs');
  return folder;
}

describe('writing an automatic backup into the picked folder (fake FileSystemDirectoryHandle)', () => {
  it('writes the dated file and keeps the newest N of ours; the user’s own files stay', async () => {
    const others = ['taxes.pdf', backupFileName(T - 40 * DAY), 'mentor-radar-backup-auto-2026-01-01T00-00-00Z (1).json'];
    const folder = folderWith([7, 14, 21, 28, 35], others);
    folder.folders.add(autoBackupFileName(T - 60 * DAY)); // a folder with our name: not a file, never deleted
    const name = autoBackupFileName(T);
    const result = await writeBackupToFolder(folder, name, TEXT, 3);
    expect(result).toEqual({ ok: true, fileName: name, pruned: expect.any(Array) });
    expect(folder.files.get(name)).toBe(TEXT);
    expect([...folder.files.keys()].sort()).toEqual(
      [...others, name, autoBackupFileName(T - 7 * DAY), autoBackupFileName(T - 14 * DAY)].sort(),
    );
    expect(folder.removed.sort()).toEqual([21, 28, 35].map((d) => autoBackupFileName(T - d * DAY)).sort());
    expect(folder.folders.size).toBe(1);
  });

  it('without permission (after a browser restart) writes nothing, deletes nothing, and says so', async () => {
    const folder = folderWith([7, 14]);
    folder.permission = 'prompt';
    const result = await writeBackupToFolder(folder, autoBackupFileName(T), TEXT, 1);
    expect(result).toMatchObject({ ok: false, reason: 'needs-permission' });
    expect(folder.files.size).toBe(2);
    expect(folder.removed).toEqual([]);
  });

  it('a failed write (disk full) deletes none of the older backups', async () => {
    const folder = folderWith([7, 14, 21]);
    folder.failWrites = true;
    const result = await writeBackupToFolder(folder, autoBackupFileName(T), TEXT, 1);
    expect(result).toMatchObject({ ok: false, reason: 'failed', message: 'disk full' });
    expect(folder.removed).toEqual([]);
    expect(folder.files.has(autoBackupFileName(T))).toBe(false);
  });

  it('a file that does not read back complete is a failure, and the older backups stay', async () => {
    const folder = folderWith([7, 14]);
    folder.truncateWrites = true;
    const result = await writeBackupToFolder(folder, autoBackupFileName(T), TEXT, 1);
    expect(result).toMatchObject({ ok: false, reason: 'failed' });
    expect(folder.removed).toEqual([]);
  });

  it('a file that cannot be deleted stays and does not fail the backup', async () => {
    const folder = folderWith([7, 14]);
    folder.undeletable.add(autoBackupFileName(T - 14 * DAY));
    const result = await writeBackupToFolder(folder, autoBackupFileName(T), TEXT, 1);
    expect(result).toMatchObject({ ok: true, pruned: [autoBackupFileName(T - 7 * DAY)] });
    expect(folder.files.has(autoBackupFileName(T - 14 * DAY))).toBe(true);
  });

  it('with the clock set back, the new file is kept even though older-looking than the rest', async () => {
    const folder = folderWith([-10, -11]); // written while the clock was 10–11 days ahead
    const name = autoBackupFileName(T);
    const result = await writeBackupToFolder(folder, name, TEXT, 2);
    expect(result.ok).toBe(true);
    expect(folder.files.has(name)).toBe(true);
    expect(folder.removed).toEqual([autoBackupFileName(T + 10 * DAY)]);
  });
});
