/** The background's import of Connections.csv text: parse, refuse a broken file before writing, one transaction. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importConnectionsFile } from '../../utils/data/import-file';
import type { ImportOutcome } from '../../utils/data/data-messages';
import { describeImportProblem } from '../../utils/data/problems';
import { generateConnectionsCsv } from '../../utils/data/sample-connections';
import type { MentorRadarDb } from '../../utils/db/database';
import { contact, deleteTestDbs, fakeCanonicalise, freshDb, note, readFixture, seed, snapshot, T0 } from './helpers';

const NOW = T0 + 86_400_000;

afterEach(() => {
  vi.restoreAllMocks();
  return deleteTestDbs();
});

function report(outcome: ImportOutcome) {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
  return outcome.report;
}

/** Imports `text` into a seeded database and checks that nothing changed; returns the outcome. */
async function refusedWithoutChange(text: string, importFile = importConnectionsFile) {
  const db = await freshDb();
  await seed(db);
  const before = await snapshot(db);
  const { outcome, changedKeys } = await importFile(db, text, NOW, { canonicalise: fakeCanonicalise });
  expect(changedKeys).toEqual([]);
  expect(await snapshot(db)).toEqual(before);
  return outcome;
}

/** Fails the `failOn`-th bulkAdd of the transaction; returns how often bulkAdd ran. */
function failNthBulkAdd(db: MentorRadarDb, failOn: number): () => number {
  const realBulkAdd = db.contacts.bulkAdd.bind(db.contacts);
  let calls = 0;
  vi.spyOn(db.contacts, 'bulkAdd').mockImplementation(((...args: Parameters<typeof realBulkAdd>) => {
    calls++;
    return calls === failOn ? Promise.reject(new Error('disk full')) : realBulkAdd(...args);
  }) as typeof realBulkAdd);
  return () => calls;
}

describe('importConnectionsFile: a good file', () => {
  it('adds new people, fills an existing one without touching its skills and notes, and reports skips and repeats', async () => {
    const db = await freshDb();
    await db.contacts.add(
      contact({ key: 'linkedin:eleanor-whitcombe-3a91b4', name: 'Eleanor Whitcombe', teachSkills: ['sql'], status: 'mentoring' }),
    );
    await db.timeline.add(note('n1', 'linkedin:eleanor-whitcombe-3a91b4', 'Keep me'));
    const { outcome, changedKeys } = await importConnectionsFile(db, readFixture('Connections.csv'), NOW);

    // The fixture: 6 people with profile URLs, 1 repeated row, 3 rows without a usable URL or name, 1 odd date.
    expect(report(outcome)).toEqual({
      added: 5,
      updated: 1,
      unchanged: 0,
      skipped: 3,
      duplicates: 1,
      skipGroups: [
        { reason: 'no-profile-url', count: 1, firstLine: expect.any(Number) },
        { reason: 'not-a-profile-url', count: 1, firstLine: expect.any(Number) },
        { reason: 'no-name', count: 1, firstLine: expect.any(Number) },
      ],
      warnings: [{ code: 'unreadable-dates', count: 1, firstLine: 16 }],
    });
    expect(changedKeys).toHaveLength(6);
    expect(await db.contacts.get('linkedin:eleanor-whitcombe-3a91b4')).toMatchObject({
      teachSkills: ['sql'],
      status: 'mentoring',
      currentCompany: 'Fernhill Analytics',
    });
    expect(await db.timeline.toArray()).toEqual([expect.objectContaining({ id: 'n1', text: 'Keep me' })]);
    expect(await db.contacts.get('linkedin:dariusz-wróblewski')).toMatchObject({ name: 'Dariusz Wróblewski' });
  });

  it('a second import of the same file adds and updates nothing', async () => {
    const db = await freshDb();
    const text = readFixture('Connections.csv');
    await importConnectionsFile(db, text, NOW, { canonicalise: fakeCanonicalise });
    const before = await snapshot(db);
    const again = await importConnectionsFile(db, text, NOW + 1000, { canonicalise: fakeCanonicalise });
    expect(report(again.outcome)).toMatchObject({ added: 0, updated: 0, unchanged: 6 });
    expect(again.changedKeys).toEqual([]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a German export imports the same way', async () => {
    const db = await freshDb();
    const { outcome } = await importConnectionsFile(db, readFixture('Connections-de.csv'), NOW);
    expect(report(outcome).added).toBeGreaterThan(0);
    expect(await db.contacts.count()).toBe(report(outcome).added);
  });

  it('imports 10,000 generated connections (speed: npm run bench)', async () => {
    const db = await freshDb();
    const { outcome } = await importConnectionsFile(db, generateConnectionsCsv(10_000), NOW);
    expect(report(outcome)).toMatchObject({ added: 10_000, updated: 0, unchanged: 0, skipped: 0 });
    expect(await db.contacts.count()).toBe(10_000);
    expect(await db.timeline.count()).toBe(0);
  });

  it('tells how many rows are written, slice by slice, up to all of them', async () => {
    const db = await freshDb();
    const written: [number, number][] = [];
    const onWritten = (done: number, total: number) => written.push([done, total]);
    const { outcome } = await importConnectionsFile(db, generateConnectionsCsv(1_234), NOW, { onWritten });
    const total = report(outcome).added;
    expect(written.length).toBeGreaterThan(1);
    expect(written.every(([, t]) => t === total)).toBe(true);
    expect(written.map(([done]) => done)).toEqual([...written.map(([done]) => done)].sort((a, b) => a - b));
    expect(written.at(-1)).toEqual([total, total]);
  });
});

describe('importConnectionsFile: a broken file is refused and changes nothing', () => {
  const cases: { name: string; text: string; code: string; en: RegExp }[] = [
    { name: 'empty file', text: '', code: 'empty-file', en: /empty/ },
    { name: 'not a CSV', text: '\u0000\u0001binary', code: 'not-csv', en: /not a CSV/ },
    { name: 'wrong columns', text: 'Name,Email\nAda,ada@example.invalid\n', code: 'no-header', en: /not LinkedIn’s/ },
    { name: 'missing Last Name', text: 'First Name,URL,Company,Position\nAda,https://www.linkedin.com/in/ada,X,Y\n', code: 'missing-columns', en: /Last Name/ },
    { name: 'header only', text: 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n', code: 'no-rows', en: /no connections/ },
    { name: 'text over the size limit', text: 'x'.repeat(50 * 1024 * 1024 + 1), code: 'file-too-large', en: /too large/ },
  ];
  for (const testCase of cases) {
    it(testCase.name, async () => {
      const outcome = await refusedWithoutChange(testCase.text);
      expect(outcome).toMatchObject({ ok: false, problem: { code: testCase.code } });
      if (!outcome.ok) expect(describeImportProblem(outcome.problem, 'en')).toMatch(testCase.en);
    });
  }

  it('more rows than one import may carry', async () => {
    vi.resetModules();
    vi.doMock('../../utils/data/data-messages', async (importOriginal) => ({
      ...(await importOriginal<typeof import('../../utils/data/data-messages')>()),
      MAX_IMPORT_ROWS: 5,
    }));
    try {
      const limited = await import('../../utils/data/import-file');
      const outcome = await refusedWithoutChange(readFixture('Connections.csv'), limited.importConnectionsFile);
      expect(outcome).toEqual({ ok: false, problem: { code: 'too-many-rows', rows: 6, limit: 5 } });
    } finally {
      vi.doUnmock('../../utils/data/data-messages');
    }
  });

  it('an older export without URL: everything skipped, nothing written, a warning says why', async () => {
    const outcome = await refusedWithoutChange(readFixture('Connections-old.csv'));
    expect(report(outcome)).toMatchObject({ added: 0, updated: 0, skipped: 2, warnings: [{ code: 'no-url-column' }] });
  });
});

describe('importConnectionsFile: one transaction', () => {
  it('a write failing in a later slice rolls back every slice written before it', async () => {
    const db = await freshDb();
    await seed(db);
    const before = await snapshot(db);
    const calls = failNthBulkAdd(db, 2);
    await expect(importConnectionsFile(db, generateConnectionsCsv(1_234), NOW, { canonicalise: fakeCanonicalise })).rejects.toThrow('disk full');
    expect(calls()).toBeGreaterThan(1); // the first slice was written before the failure
    expect(await snapshot(db)).toEqual(before);
  });
});
