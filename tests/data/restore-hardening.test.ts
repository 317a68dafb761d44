import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup, parseBackup, restoreBackup, restoreFromText, serialiseBackup } from '../../utils/data/backup';
import { isBuried, mergeContact, mergeTimelineEntry, mergeTombstones, unionTags } from '../../utils/data/merge-rules';
import { restoreChecked, restoreSafetyBackup } from '../../utils/data/data-service';
import { latestSafetyBackup } from '../../utils/data/safety-backups';
import { deleteNote, restoreNote } from '../../utils/background/timeline-service';
import { LocalStateDb } from '../../utils/db/local-db';
import { MAX_CLOCK_SKEW_MS } from '../../utils/schemas/limits';
import { contact, deleteTestDbs, freshDb, note, seed, T0 } from './helpers';
import { makeProfile } from '../support/profiles';

const NOW = T0 + 3 * 86_400_000;
const locals: LocalStateDb[] = [];
afterEach(async () => {
  await deleteTestDbs();
  while (locals.length > 0) await locals.pop()!.delete();
});

type Json = { contacts: Record<string, unknown>[]; timeline: Record<string, unknown>[]; exportedAt: number };

async function backupJson(): Promise<Json> {
  const db = await freshDb();
  await seed(db);
  return JSON.parse(serialiseBackup(await exportBackup(db, NOW)));
}

describe('a hostile backup: bad records are left out with a reason, the rest restores', () => {
  const planted: [string, Record<string, unknown>, string][] = [
    ['javascript: link', { url: 'javascript:alert(document.cookie)' }, 'url'],
    ['data: link', { url: 'data:text/html,<script>alert(1)</script>' }, 'url'],
    ['off-site link', { url: 'https://evil.example/in/planted/' }, 'url'],
    ['someone else’s profile URL', { url: 'https://www.linkedin.com/in/someone-else/' }, 'url'],
    ['updatedAt MAX_SAFE_INTEGER', { updatedAt: Number.MAX_SAFE_INTEGER }, 'updatedAt'],
    ['updatedAt a day ahead', { updatedAt: NOW + 86_400_000 }, 'updatedAt'],
    ['a 12 MB name', { name: 'x'.repeat(12 * 1024 * 1024) }, 'name'],
    ['a key that is not a profile key', { key: 'javascript:alert(1)' }, 'key'],
  ];
  for (const [name, change, path] of planted) {
    it(name, async () => {
      const json = await backupJson();
      json.contacts.push({ ...json.contacts[1], key: 'linkedin:planted', url: 'https://www.linkedin.com/in/planted/', ...change });
      const result = parseBackup(JSON.stringify(json), NOW);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.dropped).toHaveLength(1);
      expect(result.dropped[0]).toMatchObject({ table: 'contacts', index: 2, path });
      expect(result.backup.contacts.map((c) => c.key)).toEqual(['linkedin:eleanor-whitcombe-3a91b4', 'linkedin:jonas-brandtner']);
    });
  }

  it('a future-dated record is reported as such; a clock a little ahead is fine', async () => {
    const json = await backupJson();
    json.contacts[0]!.updatedAt = NOW + MAX_CLOCK_SKEW_MS - 1;
    json.contacts[1]!.createdAt = NOW + MAX_CLOCK_SKEW_MS + 1;
    const result = parseBackup(JSON.stringify(json), NOW);
    expect(result.ok && result.dropped.map((d) => [d.table, d.index, d.reason, d.path])).toEqual([
      ['contacts', 1, 'future-time', 'createdAt'],
      ['timeline', 1, 'orphan', 'contactKey'],
    ]);
  });

  it('notes of a left-out contact are left out too (reason: orphan)', async () => {
    const json = await backupJson();
    json.contacts[1]!.url = 'javascript:alert(1)';
    const result = parseBackup(JSON.stringify(json), NOW);
    expect(result.ok && result.dropped.map((d) => [d.table, d.reason])).toEqual([
      ['contacts', 'invalid'],
      ['timeline', 'orphan'],
    ]);
  });

  it('a file from the future is refused whole', async () => {
    const json = await backupJson();
    json.exportedAt = Number.MAX_SAFE_INTEGER;
    expect(parseBackup(JSON.stringify(json), NOW)).toMatchObject({ ok: false, problem: { code: 'invalid-field', field: 'exportedAt' } });
  });

  it('the restore stores only valid records and reports the dropped', async () => {
    const json = await backupJson();
    json.contacts.push({ ...json.contacts[0], key: 'linkedin:planted', url: 'javascript:alert(1)' });
    const db = await freshDb();
    const result = await restoreFromText(db, JSON.stringify(json), 'replace', NOW);
    expect(result.ok && result.dropped.length).toBe(1);
    expect((await db.contacts.toArray()).map((c) => c.url).every((url) => url.startsWith('https://www.linkedin.com/in/'))).toBe(true);
  });
});

describe('merge rules (field level)', () => {
  const saved = contact({ key: 'linkedin:ada', name: 'Ada Saved', teachSkills: ['sql', 'figma'], status: 'conversation', statusChangedAt: T0 + 10, updatedAt: T0 + 10, followUpAt: T0 + 100 });

  it('tags are joined: a merge never loses a tag', () => {
    expect(unionTags(['a', 'b'], ['c', 'a'])).toEqual(['a', 'b', 'c']);
    const merged = mergeContact(saved, { ...saved, teachSkills: ['tiktok'] });
    expect(merged.teachSkills).toEqual(['sql', 'figma', 'tiktok']);
  });

  it('status follows the later status change, whatever the contacts’ updatedAt say', () => {
    const incoming = { ...saved, status: 'mentoring' as const, statusChangedAt: T0 + 20, updatedAt: T0 + 5 };
    expect(mergeContact(saved, incoming)).toMatchObject({ status: 'mentoring', statusChangedAt: T0 + 20, updatedAt: T0 + 10 });
    expect(mergeContact(saved, { ...incoming, statusChangedAt: T0 + 1 }).status).toBe('conversation');
  });

  it('a tie keeps what is saved here; an identical copy changes nothing (same object back)', () => {
    expect(mergeContact(saved, { ...saved, status: 'closed' })).toBe(saved);
    expect(mergeContact(saved, structuredClone(saved))).toBe(saved);
  });

  it('a profile snapshot beats a bare import row, even an older one', () => {
    const profile = makeProfile({ key: 'linkedin:ada', url: 'https://www.linkedin.com/in/ada/', name: 'Ada From Page' });
    const withProfile = { ...saved, name: 'Ada From Page', profile, updatedAt: T0 + 1 };
    expect(mergeContact(saved, withProfile)).toMatchObject({ name: 'Ada From Page', profile });
    expect(mergeContact(withProfile, { ...saved, updatedAt: T0 + 99, name: 'Ada CSV' }).name).toBe('Ada From Page');
  });

  it('createdAt is the earliest, updatedAt the latest; connectedOn is kept once known', () => {
    const merged = mergeContact({ ...saved, connectedOn: null }, { ...saved, createdAt: T0 - 50, updatedAt: T0 + 50, connectedOn: '2020-01-02' });
    expect(merged).toMatchObject({ createdAt: T0 - 50, updatedAt: T0 + 50, connectedOn: '2020-01-02' });
  });

  it('notes: the later edit wins, events never change', () => {
    const mine = note('n', 'linkedin:ada', 'mine', T0);
    expect(mergeTimelineEntry(mine, { ...mine, text: 'theirs', updatedAt: T0 + 1 }).text).toBe('theirs');
    expect(mergeTimelineEntry({ ...mine, updatedAt: T0 + 2 }, { ...mine, text: 'theirs', updatedAt: T0 + 1 }).text).toBe('mine');
    const event = { ...mine, kind: 'event' as const, event: 'saved' as const };
    expect(mergeTimelineEntry(event, { ...event, text: 'x', updatedAt: T0 + 9 })).toBe(event);
  });

  it('tombstones: union, latest deletion per note; a note edited after its deletion is not buried', () => {
    const merged = mergeTombstones([{ id: 'a', deletedAt: 5 }], [{ id: 'a', deletedAt: 9 }, { id: 'b', deletedAt: 1 }]);
    expect(merged).toEqual([{ id: 'a', deletedAt: 9 }, { id: 'b', deletedAt: 1 }]);
    const buried = new Map([['n', T0 + 5]]);
    expect(isBuried(note('n', 'k', 'x', T0), buried)).toBe(true);
    expect(isBuried(note('n', 'k', 'x', T0 + 6), buried)).toBe(false);
  });

  it('a note deleted here does not come back from an older backup; one deleted there goes here too', async () => {
    const db = await freshDb();
    await seed(db);
    const old = parseBackup(serialiseBackup(await exportBackup(db, NOW)), NOW);
    if (!old.ok) throw new Error('seed must parse');
    await deleteNote(db, 'n1', NOW);
    const changes = await restoreBackup(db, old.backup, 'merge');
    expect(await db.timeline.get('n1')).toBeUndefined();
    expect(changes.timeline.added).toBe(0);

    // The other direction: a backup that deleted n2 removes it here.
    const other = await freshDb();
    await seed(other);
    await deleteNote(other, 'n2', NOW);
    const fromOther = parseBackup(serialiseBackup(await exportBackup(other, NOW)), NOW);
    if (!fromOther.ok) throw new Error('must parse');
    const target = await freshDb();
    await seed(target);
    expect((await restoreBackup(target, fromOther.backup, 'merge')).timeline.removed).toBe(1);
    expect(await target.timeline.get('n2')).toBeUndefined();
  });

  it('undo of a delete lifts the tombstone', async () => {
    const db = await freshDb();
    await seed(db);
    const entry = await deleteNote(db, 'n1', NOW);
    await restoreNote(db, entry);
    const backup = parseBackup(serialiseBackup(await exportBackup(db, NOW)), NOW);
    const target = await freshDb();
    await seed(target);
    if (!backup.ok) throw new Error('must parse');
    await restoreBackup(target, backup.backup, 'merge');
    expect(await target.timeline.get('n1')).toBeDefined();
  });
});

describe('safety backup before a replace-restore', () => {
  it('is taken automatically and undoes the replace', async () => {
    const db = await freshDb();
    await seed(db);
    await db.contacts.add(contact({ key: 'linkedin:only-here', name: 'Only Here' }));
    const local = new LocalStateDb(`local-${crypto.randomUUID()}`);
    locals.push(local);
    const other = await freshDb();
    await other.contacts.add(contact({ key: 'linkedin:someone-new' }));
    const incoming = parseBackup(serialiseBackup(await exportBackup(other, NOW)), NOW);
    if (!incoming.ok) throw new Error('must parse');

    await restoreChecked(db, incoming.backup, 'merge', local, NOW);
    expect(await latestSafetyBackup(local)).toBeNull(); // merge loses nothing: no copy needed
    const before = await exportBackup(db, NOW);
    await restoreChecked(db, incoming.backup, 'replace', local, NOW + 1);
    expect((await db.contacts.toArray()).map((c) => c.key)).toEqual(['linkedin:someone-new']);
    const safety = await latestSafetyBackup(local);
    expect(safety).toMatchObject({ createdAt: NOW + 1, contacts: before.contacts.length });

    await restoreSafetyBackup(db, local, safety!.id, NOW + 2);
    const after = await exportBackup(db, NOW);
    expect(after).toEqual(before);
    // Undoing took its own copy: the undo can be undone.
    expect((await latestSafetyBackup(local))!.createdAt).toBe(NOW + 2);
  });
});
