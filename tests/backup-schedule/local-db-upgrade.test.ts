import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalStateDb } from '../../utils/db/local-db';
import { latestSafetyBackup, scheduledCopies } from '../../utils/data/safety-backups';
import { checkBackup, exportBackup } from '../../utils/data/backup';
import { useTestDb } from '../support/db';

const getDb = useTestDb();
const names: string[] = [];
afterEach(async () => {
  while (names.length > 0) await Dexie.delete(names.pop()!);
});

describe('local state database v1 → v2', () => {
  it('an undo copy taken by the previous version stays the undo copy; v2 adds the state table', async () => {
    const name = `local-v1-${crypto.randomUUID()}`;
    names.push(name);
    const v1 = new Dexie(name);
    v1.version(1).stores({ safetyBackups: '&id, createdAt', drafts: '&id, contactKey, tabId, updatedAt' });
    await v1.table('safetyBackups').add({ id: 'old', createdAt: 5, contacts: 2, text: '{}' });
    await v1.table('drafts').add({ id: '1|k', tabId: 1, contactKey: 'k', text: 'draft', updatedAt: 1 });
    v1.close();

    const local = new LocalStateDb(name);
    expect(await latestSafetyBackup(local)).toEqual({ id: 'old', createdAt: 5, contacts: 2 });
    expect(await scheduledCopies(local)).toEqual([]);
    expect(await local.drafts.count()).toBe(1);
    await local.state.put({ key: 'x', value: 1 });
    expect(await local.state.get('x')).toEqual({ key: 'x', value: 1 });
    local.close();
  });
});

describe('the schedule setting in backup files', () => {
  it('is exported with the other settings and checked on restore: a broken one is left out and listed', async () => {
    const db = getDb();
    await db.settings.put({ key: 'autoBackup', value: { enabled: true, interval: 'daily', keep: 3 } });
    const backup = await exportBackup(db, 1000);
    expect(backup.settings).toContainEqual({ key: 'autoBackup', value: { enabled: true, interval: 'daily', keep: 3 } });

    const tampered = { ...backup, settings: [{ key: 'autoBackup', value: { enabled: true, interval: 'hourly', keep: 10_000 } }] };
    const checked = checkBackup(JSON.parse(JSON.stringify(tampered)), 2000);
    expect(checked.ok && checked.backup.settings).toEqual([]);
    expect(checked.ok && checked.dropped).toEqual([expect.objectContaining({ table: 'settings', key: 'autoBackup', reason: 'invalid' })]);
  });
});
