/**
 * Schema v3 (the mentoring journey): older databases and backups gain empty goals and no cadence and lose
 * nothing; goals, cadence and logged sessions travel through a backup both ways.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, exportBackup, parseBackup, restoreBackup, serialiseBackup } from '../../utils/data/backup';
import { MentorRadarDb, SCHEMA_VERSIONS } from '../../utils/db/database';
import { addGoal, logSession, setCadence } from '../../utils/background/journey-service';
import { makeProfile } from '../support/profiles';
import { deleteTestDbs, freshDb, readFixture, snapshot } from './helpers';

afterEach(deleteTestDbs);

const sample = (version: number) => {
  const { _comment, ...tables } = JSON.parse(readFixture(`db-v${version}.json`)) as Record<string, Record<string, unknown>[]> & { _comment?: string };
  return tables;
};

describe('schema v3 migration', () => {
  it('a v2 database upgrades: every contact gets no goals and no cadence, every other field and row stays', async () => {
    const name = `test-v2-to-v3-${crypto.randomUUID()}`;
    const rows = sample(2);
    const old = new Dexie(name);
    old.version(2).stores(SCHEMA_VERSIONS[2]!);
    await old.open();
    for (const [table, records] of Object.entries(rows)) await old.table(table).bulkAdd(records);
    old.close();

    const db = new MentorRadarDb(name);
    try {
      await db.open();
      expect(db.verno).toBe(3);
      const contacts = await db.contacts.orderBy('key').toArray();
      expect(contacts.length).toBe(rows.contacts!.length);
      for (const contact of contacts) {
        const before = rows.contacts!.find((c) => c.key === contact.key)!;
        expect(contact).toEqual({ ...before, goals: [], cadenceWeeks: 0 });
      }
      expect((await db.timeline.toArray()).length).toBe(rows.timeline!.length);
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  });

  it('a v2 backup file still restores, with empty goals and no cadence', () => {
    const parsed = parseBackup(JSON.stringify({ format: BACKUP_FORMAT, version: 2, exportedAt: 0, ...sample(2) }));
    if (!parsed.ok) throw new Error(parsed.problem.code);
    expect(parsed.backup.version).toBe(3);
    expect(parsed.backup.contacts.every((c) => c.goals.length === 0 && c.cadenceWeeks === 0)).toBe(true);
  });

  it('a v3 backup with an invalid cadence or goal: that contact is left out, with the path of the problem', () => {
    const rows = sample(3);
    const bad = { ...rows, contacts: [{ ...rows.contacts![0]!, cadenceWeeks: 3 }] };
    const parsed = parseBackup(JSON.stringify({ format: BACKUP_FORMAT, version: 3, exportedAt: 0, ...bad }));
    expect(parsed.ok ? parsed.dropped[0] : null).toMatchObject({ reason: 'invalid', table: 'contacts', path: 'cadenceWeeks' });
  });
});

describe('journey data in backups', () => {
  it('goals, cadence and sessions leave in a backup and come back identical in a fresh database', async () => {
    const db = await freshDb();
    const key = 'linkedin:ada-example';
    const t = Date.UTC(2026, 2, 2, 12);
    await addGoal(db, key, 'i-learn', 'Post my first short video', makeProfile(), t);
    await setCadence(db, key, 4, undefined, t + 1);
    await logSession(db, key, { date: '2026-03-02', notes: 'Coffee', iLearned: 'Hooks', theyLearned: 'Anchoring' }, undefined, t + 2);
    const text = serialiseBackup(await exportBackup(db, t + 3));

    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.problem.code);
    const restored = await freshDb();
    await restoreBackup(restored, parsed.backup, 'replace');
    expect(await snapshot(restored)).toEqual(await snapshot(db));
    const contact = (await restored.contacts.get(key))!;
    expect(contact).toMatchObject({ cadenceWeeks: 4, goals: [{ text: 'Post my first short video' }] });
    expect((await restored.timeline.toArray()).find((e) => e.event === 'session')?.session).toEqual({
      date: '2026-03-02',
      notes: 'Coffee',
      iLearned: 'Hooks',
      theyLearned: 'Anchoring',
    });
  });
});
