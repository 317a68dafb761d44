import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveContactFromProfile } from '../../utils/background/contacts-service';
import { addNote } from '../../utils/background/timeline-service';
import { autoBackupStatus, readAutoBackupState, runAutoBackup, scheduledCopyFile } from '../../utils/backup-schedule/auto-backup-service';
import { AUTO_BACKUP_ALARM, AUTO_BACKUP_NOTIFICATION, registerAutoBackups } from '../../utils/backup-schedule/auto-backup-alarm';
import { autoBackupFileName } from '../../utils/backup-schedule/file-names';
import { pendingCopy } from '../../utils/backup-schedule/status-schema';
import { parseBackup, restoreBackup } from '../../utils/data/backup';
import { latestSafetyBackup, takeSafetyBackup } from '../../utils/data/safety-backups';
import { getAutoBackupSettings, getSettings, setAutoBackupSettings } from '../../utils/db/settings';
import { MentorRadarDb } from '../../utils/db/database';
import { DEFAULT_AUTO_BACKUP } from '../../utils/schemas/settings';
import { FakeFolder } from '../support/fake-folder';
import { makeProfile } from '../support/profiles';
import { useTestDb, useTestLocalDb } from '../support/db';

const getDb = useTestDb();
const getLocal = useTestLocalDb();
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 11, 1, 8);
const ada = makeProfile();
const noFolder = { loadFolder: async () => null };

beforeEach(() => fakeBrowser.reset());

async function turnOn(db: MentorRadarDb, keep = 5, interval: 'daily' | 'weekly' = 'weekly') {
  await setAutoBackupSettings(db, { enabled: true, interval, keep });
}

describe('runAutoBackup', () => {
  it('off by default: no copy, however long it has been', async () => {
    const db = getDb();
    const local = getLocal();
    expect(await getAutoBackupSettings(db)).toEqual(DEFAULT_AUTO_BACKUP);
    expect(await runAutoBackup(db, local, T0 + 400 * DAY, noFolder)).toEqual({ ran: false });
    expect((await autoBackupStatus(db, local, T0)).copies).toEqual([]);
  });

  it('keeps the same file as the manual backup, restorable; waits for a download when there is no folder', async () => {
    const db = getDb();
    const local = getLocal();
    await saveContactFromProfile(db, ada, T0);
    await turnOn(db);
    const outcome = await runAutoBackup(db, local, T0, noFolder);
    expect(outcome).toMatchObject({ ran: true, unchanged: false, folder: null });
    const status = await autoBackupStatus(db, local, T0);
    expect(status.lastAt).toBe(T0);
    expect(status.nextAt).toBe(T0 + 7 * DAY);
    const pending = pendingCopy(status);
    expect(pending).toMatchObject({ createdAt: T0, contacts: 1, savedAt: null });

    const file = await scheduledCopyFile(local, pending!.id);
    expect(file?.fileName).toBe(autoBackupFileName(T0));
    const parsed = parseBackup(file!.text, T0);
    expect(parsed.ok && parsed.backup.contacts.map((c) => c.key)).toEqual([ada.key]);
    // The schedule travels in the backup (restoring elsewhere turns it on there); no folder handle does.
    expect(parsed.ok && parsed.backup.settings.find((row) => row.key === 'autoBackup')?.value).toEqual({
      enabled: true,
      interval: 'weekly',
      keep: 5,
    });
    expect(file!.text).not.toMatch(/backupFolder|directory|handle/i);
    const fresh = new MentorRadarDb(`restore-${crypto.randomUUID()}`);
    try {
      if (parsed.ok) await restoreBackup(fresh, parsed.backup, 'replace');
      expect(await fresh.contacts.count()).toBe(1);
      expect((await getAutoBackupSettings(fresh)).enabled).toBe(true);
    } finally {
      await fresh.delete();
    }
  });

  it('not due again until the interval has passed; then a new version; the newest N are kept', async () => {
    const db = getDb();
    const local = getLocal();
    await saveContactFromProfile(db, ada, T0);
    await turnOn(db, 2, 'daily');
    await runAutoBackup(db, local, T0, noFolder);
    expect(await runAutoBackup(db, local, T0 + DAY - 1, noFolder)).toEqual({ ran: false });
    for (let day = 1; day <= 3; day++) {
      await addNote(db, ada.key, `note ${day}`, undefined, T0 + day * DAY);
      expect(await runAutoBackup(db, local, T0 + day * DAY, noFolder)).toMatchObject({ ran: true, unchanged: false });
    }
    const { copies } = await autoBackupStatus(db, local, T0 + 3 * DAY);
    expect(copies.map((c) => c.createdAt)).toEqual([T0 + 3 * DAY, T0 + 2 * DAY]);
  });

  it('unchanged data takes no new copy (N identical copies would push out the older versions) but counts as a run', async () => {
    const db = getDb();
    const local = getLocal();
    await saveContactFromProfile(db, ada, T0);
    await turnOn(db, 2, 'daily');
    await runAutoBackup(db, local, T0, noFolder);
    expect(await runAutoBackup(db, local, T0 + DAY, noFolder)).toEqual({ ran: true, unchanged: true });
    const status = await autoBackupStatus(db, local, T0 + DAY);
    expect(status.copies).toHaveLength(1);
    expect(status.lastAt).toBe(T0 + DAY);
    // "Back up now" is the user's explicit wish: always a new copy.
    expect(await runAutoBackup(db, local, T0 + DAY + 5, noFolder, { force: true })).toMatchObject({ unchanged: false });
  });

  it('with a folder it may write to: the file lands there, the copy is saved, the 30-day reminder is satisfied', async () => {
    const db = getDb();
    const local = getLocal();
    const folder = new FakeFolder('Cloud');
    folder.files.set('mine.txt', 'x');
    await saveContactFromProfile(db, ada, T0);
    await turnOn(db, 1, 'daily');
    const deps = { loadFolder: async () => folder };
    await runAutoBackup(db, local, T0, deps);
    await addNote(db, ada.key, 'later', undefined, T0 + DAY);
    const outcome = await runAutoBackup(db, local, T0 + DAY, deps);
    expect(outcome).toMatchObject({ ran: true, folder: { ok: true, fileName: autoBackupFileName(T0 + DAY) } });
    expect([...folder.files.keys()].sort()).toEqual([autoBackupFileName(T0 + DAY), 'mine.txt']);
    const status = await autoBackupStatus(db, local, T0 + DAY);
    expect(pendingCopy(status)).toBeNull();
    expect((await getSettings(db)).preferences.lastBackupAt).toBe(T0 + DAY);
    expect(parseBackup(folder.files.get(autoBackupFileName(T0 + DAY))!, T0 + DAY).ok).toBe(true);
  });

  it('a folder without permission: the copy is kept and waits, and the status says permission is needed', async () => {
    const db = getDb();
    const local = getLocal();
    const folder = new FakeFolder();
    folder.permission = 'prompt';
    await turnOn(db);
    const outcome = await runAutoBackup(db, local, T0, { loadFolder: async () => folder });
    expect(outcome).toMatchObject({ ran: true, folder: { ok: false, reason: 'needs-permission' } });
    const status = await autoBackupStatus(db, local, T0);
    expect(pendingCopy(status)).not.toBeNull();
    expect(status.folder?.reason).toBe('needs-permission');
    expect(folder.files.size).toBe(0);
  });

  it('scheduled copies and the undo copy of a replace are kept apart: neither pushes out the other', async () => {
    const db = getDb();
    const local = getLocal();
    await saveContactFromProfile(db, ada, T0);
    const undo = await takeSafetyBackup(db, local, T0);
    await turnOn(db, 1, 'daily');
    for (let day = 1; day <= 4; day++) {
      await addNote(db, ada.key, `n${day}`, undefined, T0 + day * DAY);
      await runAutoBackup(db, local, T0 + day * DAY, noFolder);
    }
    expect((await latestSafetyBackup(local))?.id).toBe(undo.id);
    expect((await autoBackupStatus(db, local, T0)).copies).toHaveLength(1);
  });

  it('clock set back: a backup is taken now, kept although older-looking, and the schedule restarts from now', async () => {
    const db = getDb();
    const local = getLocal();
    await saveContactFromProfile(db, ada, T0);
    await turnOn(db, 1, 'weekly');
    await runAutoBackup(db, local, T0 + 20 * DAY, noFolder); // the clock was 20 days ahead
    await addNote(db, ada.key, 'after the clock was fixed', undefined, T0);
    const outcome = await runAutoBackup(db, local, T0, noFolder);
    expect(outcome).toMatchObject({ ran: true, unchanged: false });
    expect((await readAutoBackupState(local)).lastAt).toBe(T0);
    const { copies } = await autoBackupStatus(db, local, T0);
    // Keep 1: the copy just taken stays although the one from the wrong clock looks newer.
    expect(copies.map((c) => c.createdAt)).toEqual([T0]);
    expect(await runAutoBackup(db, local, T0 + DAY, noFolder)).toEqual({ ran: false });
  });

  it('a run that fails is recorded for the panel, stays due, and a later success clears it', async () => {
    const db = getDb();
    const local = getLocal();
    await turnOn(db);
    const broken = { loadFolder: async () => Promise.reject(new Error('storage is broken')) };
    await expect(runAutoBackup(db, local, T0, broken)).rejects.toThrow('storage is broken');
    const status = await autoBackupStatus(db, local, T0);
    expect(status.lastError).toEqual({ at: T0, message: 'storage is broken' });
    expect(status.lastAt).toBeNull();
    expect(await runAutoBackup(db, local, T0 + 1000, noFolder)).toMatchObject({ ran: true });
    expect((await autoBackupStatus(db, local, T0 + 1000)).lastError).toBeNull();
  });

  it('a tampered schedule state is ignored: treated as never run', async () => {
    const db = getDb();
    const local = getLocal();
    await local.state.put({ key: 'autoBackup:state', value: { lastAt: 'soon', folder: 42 } });
    expect(await readAutoBackupState(local)).toEqual({ lastAt: null, folder: null, lastError: null });
    await turnOn(db);
    expect(await runAutoBackup(db, local, T0, noFolder)).toMatchObject({ ran: true });
  });
});

describe('registerAutoBackups (alarms, fake browser)', () => {
  it('turning it on sets the alarm; when it fires a copy is taken and a notification offers it; a click opens options', async () => {
    const db = getDb();
    const local = getLocal();
    let clock = T0;
    const changed = vi.fn();
    const run = registerAutoBackups(db, local, noFolder, changed, () => clock);
    await run(); // the start-up check: off, nothing happens
    expect(await fakeBrowser.alarms.get(AUTO_BACKUP_ALARM)).toBeUndefined();
    expect(changed).not.toHaveBeenCalled();

    await turnOn(db);
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.get(AUTO_BACKUP_ALARM))?.scheduledTime).toBe(T0));
    await fakeBrowser.alarms.onAlarm.trigger({ name: AUTO_BACKUP_ALARM, scheduledTime: clock });
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(1));
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([AUTO_BACKUP_NOTIFICATION]);
    expect((await fakeBrowser.alarms.get(AUTO_BACKUP_ALARM))?.scheduledTime).toBe(T0 + 7 * DAY);
    expect(pendingCopy(await autoBackupStatus(db, local, clock))).not.toBeNull();

    // The same alarm firing again before the week is over does nothing.
    clock = T0 + DAY;
    await fakeBrowser.alarms.onAlarm.trigger({ name: AUTO_BACKUP_ALARM, scheduledTime: clock });
    await run();
    expect(changed).toHaveBeenCalledTimes(1);

    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(AUTO_BACKUP_NOTIFICATION);
    await vi.waitFor(() => expect(create).toHaveBeenCalledWith(expect.objectContaining({ url: expect.stringMatching(/options\.html#auto-backup$/) })));

    // Turned off: the alarm goes.
    await setAutoBackupSettings(db, { ...DEFAULT_AUTO_BACKUP, enabled: false });
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(AUTO_BACKUP_ALARM)).toBeUndefined());
  });

  it('a folder it can write to: no notification (nothing waits for the user)', async () => {
    const db = getDb();
    const local = getLocal();
    const folder = new FakeFolder();
    await turnOn(db);
    const run = registerAutoBackups(db, local, { loadFolder: async () => folder }, () => undefined, () => T0);
    await run();
    await vi.waitFor(() => expect(folder.files.size).toBe(1));
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
  });
});
