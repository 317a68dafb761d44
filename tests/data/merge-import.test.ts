import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseConnectionsCsv } from '../../utils/data/connections-csv';
import type { ImportedConnection } from '../../utils/data/connections-csv';
import {
  applyConnectionsImport,
  importConnectionsCsv,
  loadExistingContacts,
  planConnectionsImport,
  StaleImportPlanError,
} from '../../utils/data/merge-import';
import { describeImportProblem } from '../../utils/data/problems';
import { generateConnectionsCsv } from '../../utils/data/sample-connections';
import { ContactSchema } from '../../utils/schemas/contact';
import { contact, deleteTestDbs, fakeCanonicalise, freshDb, readFixture, seed, snapshot, T0 } from './helpers';

const NOW = T0 + 86_400_000;

afterEach(deleteTestDbs);

function row(overrides: Partial<ImportedConnection> & { key: string }): ImportedConnection {
  const slug = overrides.key.replace(/^linkedin:/, '');
  return {
    url: `https://www.linkedin.com/in/${slug}/`,
    platform: 'linkedin',
    name: 'From Csv',
    company: 'Csv Company',
    position: 'Csv Role',
    connectedOn: '2023-03-15',
    line: 2,
    ...overrides,
  };
}

describe('planConnectionsImport (pure)', () => {
  it('a new key becomes a new contact (idea, source import)', () => {
    const plan = planConnectionsImport(new Map(), [row({ key: 'linkedin:ada' })], NOW);
    expect(plan.toAdd).toEqual([
      {
        key: 'linkedin:ada',
        platform: 'linkedin',
        url: 'https://www.linkedin.com/in/ada/',
        name: 'From Csv',
        headline: null,
        location: null,
        currentRole: 'Csv Role',
        currentCompany: 'Csv Company',
        careerStartYear: null,
        profile: null,
        teachSkills: [],
        learnSkills: [],
        status: 'idea',
        direction: null,
        followUpAt: null,
        goals: [],
        cadenceWeeks: 0,
        statusChangedAt: NOW,
        createdAt: NOW,
        updatedAt: NOW,
        source: 'import',
        connectedOn: '2023-03-15',
      },
    ]);
    expect(ContactSchema.parse(plan.toAdd[0])).toEqual(plan.toAdd[0]);
    expect(plan.summary).toEqual({ added: 1, updated: 0, unchanged: 0, skipped: 0, duplicates: 0 });
  });

  it('an existing contact keeps skills, status, direction, follow-up, headline and source; only empty fields are filled', () => {
    const saved = contact({
      key: 'linkedin:ada',
      name: 'Ada L.',
      headline: 'Mine',
      currentCompany: null,
      currentRole: 'Own role',
      teachSkills: ['sql'],
      learnSkills: ['tiktok'],
      status: 'mentoring',
      direction: 'mutual',
      followUpAt: T0 + 5,
      source: 'sidebar',
    });
    const plan = planConnectionsImport(new Map([[saved.key, saved]]), [row({ key: 'linkedin:ada' })], NOW);
    expect(plan.toAdd).toEqual([]);
    expect(plan.toUpdate).toEqual([
      { ...saved, currentCompany: 'Csv Company', connectedOn: '2023-03-15', updatedAt: NOW },
    ]);
    expect(plan.basis).toEqual({ 'linkedin:ada': T0 });
    expect(plan.summary).toMatchObject({ added: 0, updated: 1, unchanged: 0 });
  });

  it('an existing contact with everything filled is unchanged (not rewritten)', () => {
    const saved = contact({ key: 'linkedin:ada', name: 'A', currentCompany: 'C', currentRole: 'R', connectedOn: '2020-01-01' });
    const lookup = (key: string) => (key === saved.key ? saved : undefined);
    const plan = planConnectionsImport(lookup, [row({ key: 'linkedin:ada' })], NOW);
    expect(plan.toUpdate).toEqual([]);
    expect(plan.summary).toEqual({ added: 0, updated: 0, unchanged: 1, skipped: 0, duplicates: 0 });
  });

  it('repeated keys in the input become one contact, counted as duplicates', () => {
    const plan = planConnectionsImport(new Map(), [row({ key: 'linkedin:ada' }), row({ key: 'linkedin:ada', line: 3 })], NOW);
    expect(plan.toAdd).toHaveLength(1);
    expect(plan.summary).toMatchObject({ added: 1, duplicates: 1 });
  });

  it('counts the skipped rows and duplicates of a whole parse result', () => {
    const parsed = parseConnectionsCsv(readFixture('Connections.csv'), fakeCanonicalise);
    if (!parsed.ok) throw new Error('fixture should parse');
    const plan = planConnectionsImport(new Map(), parsed, NOW);
    expect(plan.summary).toEqual({ added: 6, updated: 0, unchanged: 0, skipped: 3, duplicates: 1 });
    expect(plan.skipped.map((skip) => skip.reason)).toEqual(['no-profile-url', 'not-a-profile-url', 'no-name']);
  });

  it('skips a row that would not make a valid contact (e.g. a canonicaliser returning a bad URL)', () => {
    const plan = planConnectionsImport(new Map(), [row({ key: 'linkedin:bad', url: 'not a url', line: 9 })], NOW);
    expect(plan.toAdd).toEqual([]);
    expect(plan.skipped).toEqual([{ line: 9, reason: 'invalid-contact' }]);
  });
});

describe('applyConnectionsImport (one transaction)', () => {
  it('adds new contacts with their timeline event and fills existing ones, keeping their notes', async () => {
    const db = await freshDb();
    await seed(db);
    const parsed = parseConnectionsCsv(readFixture('Connections.csv'), fakeCanonicalise);
    if (!parsed.ok) throw new Error('fixture should parse');
    const existing = await loadExistingContacts(db, parsed.rows.map((r) => r.key));
    expect([...existing.keys()].sort()).toEqual(['linkedin:eleanor-whitcombe-3a91b4', 'linkedin:jonas-brandtner']);
    const before = await snapshot(db);
    const plan = planConnectionsImport(existing, parsed, NOW);
    const summary = await applyConnectionsImport(db, plan);
    expect(summary).toEqual({ added: 4, updated: 2, unchanged: 0, skipped: 3, duplicates: 1 });

    const eleanor = await db.contacts.get('linkedin:eleanor-whitcombe-3a91b4');
    const eleanorBefore = before.contacts.find((c) => c.key === 'linkedin:eleanor-whitcombe-3a91b4')!;
    expect(eleanor).toEqual({
      ...eleanorBefore,
      currentCompany: 'Fernhill Analytics',
      currentRole: 'Head of Data',
      connectedOn: '2023-03-15',
      updatedAt: NOW,
    });
    const jonas = await db.contacts.get('linkedin:jonas-brandtner');
    expect(jonas).toMatchObject({ name: 'Jonas B.', currentCompany: 'Kept GmbH', currentRole: 'Werkstudent', status: 'mentoring' });
    // Notes untouched, nothing else written to the timeline (the "imported" event is derived from the contact).
    expect(await db.timeline.toArray()).toEqual(before.timeline);
    expect(await db.contacts.count()).toBe(6);
  });

  it('importing the same file twice adds nothing the second time', async () => {
    const db = await freshDb();
    const text = readFixture('Connections.csv');
    const first = await importConnectionsCsv(db, text, fakeCanonicalise, { now: NOW });
    expect(first).toMatchObject({ ok: true, summary: { added: 6 } });
    const before = await snapshot(db);
    const second = await importConnectionsCsv(db, text, fakeCanonicalise, { now: NOW + 1 });
    expect(second).toMatchObject({ ok: true, summary: { added: 0, updated: 0, unchanged: 6, skipped: 3, duplicates: 1 } });
    expect(await snapshot(db)).toEqual(before);
  });

  it('a failing write rolls everything back', async () => {
    const db = await freshDb();
    await seed(db);
    const before = await snapshot(db);
    const plan = planConnectionsImport(new Map(), [row({ key: 'linkedin:new-one' }), row({ key: 'linkedin:new-two' })], NOW);
    // The second write fails after the new contacts were added in the same transaction.
    const bulkPut = vi.spyOn(db.contacts, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    await expect(applyConnectionsImport(db, plan)).rejects.toThrow('disk full');
    expect(bulkPut).toHaveBeenCalled();
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a stale plan (contact changed after planning) and changes nothing', async () => {
    const db = await freshDb();
    await seed(db);
    const existing = await loadExistingContacts(db, ['linkedin:eleanor-whitcombe-3a91b4']);
    const plan = planConnectionsImport(existing, [row({ key: 'linkedin:eleanor-whitcombe-3a91b4' }), row({ key: 'linkedin:zed' })], NOW);
    await db.contacts.update('linkedin:eleanor-whitcombe-3a91b4', { currentCompany: 'Typed meanwhile', updatedAt: NOW - 5 });
    const before = await snapshot(db);
    await expect(applyConnectionsImport(db, plan)).rejects.toBeInstanceOf(StaleImportPlanError);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a plan whose new contact was saved meanwhile', async () => {
    const db = await freshDb();
    const plan = planConnectionsImport(new Map(), [row({ key: 'linkedin:zed' })], NOW);
    await db.contacts.add(contact({ key: 'linkedin:zed', name: 'Saved from the sidebar' }));
    const before = await snapshot(db);
    await expect(applyConnectionsImport(db, plan)).rejects.toBeInstanceOf(StaleImportPlanError);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('importConnectionsCsv: bad files leave the database exactly as it was', () => {
  const cases: { name: string; text: string; code: string; en: RegExp }[] = [
    { name: 'empty file', text: '', code: 'empty-file', en: /empty/ },
    { name: 'not a CSV', text: '\u0000\u0001binary', code: 'not-csv', en: /not a CSV/ },
    { name: 'wrong columns', text: 'Name,Email\nAda,ada@example.invalid\n', code: 'no-header', en: /not LinkedIn’s/ },
    { name: 'missing Last Name', text: 'First Name,URL,Company,Position\nAda,https://www.linkedin.com/in/ada,X,Y\n', code: 'missing-columns', en: /Last Name/ },
    { name: 'header only', text: 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n', code: 'no-rows', en: /no connections/ },
  ];
  for (const testCase of cases) {
    it(testCase.name, async () => {
      const db = await freshDb();
      await seed(db);
      const before = await snapshot(db);
      const result = await importConnectionsCsv(db, testCase.text, fakeCanonicalise, { now: NOW });
      expect(result).toMatchObject({ ok: false, problem: { code: testCase.code } });
      if (result.ok) return;
      expect(describeImportProblem(result.problem, 'en')).toMatch(testCase.en);
      expect(await snapshot(db)).toEqual(before);
    });
  }

  it('older export without URL: everything skipped, nothing written, a warning says why', async () => {
    const db = await freshDb();
    await seed(db);
    const before = await snapshot(db);
    const result = await importConnectionsCsv(db, readFixture('Connections-old.csv'), fakeCanonicalise, { now: NOW });
    expect(result).toMatchObject({
      ok: true,
      summary: { added: 0, updated: 0, unchanged: 0, skipped: 2, duplicates: 0 },
      warnings: [{ code: 'no-url-column' }],
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('text over the size limit', async () => {
    const db = await freshDb();
    await seed(db);
    const before = await snapshot(db);
    const result = await importConnectionsCsv(db, 'x'.repeat(50 * 1024 * 1024 + 1), fakeCanonicalise, { now: NOW });
    expect(result).toMatchObject({ ok: false, problem: { code: 'file-too-large' } });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('importConnectionsCsv: volume', () => {
  it('imports 10,000 generated connections (timings reported, not asserted)', async () => {
    const db = await freshDb();
    const result = await importConnectionsCsv(db, generateConnectionsCsv(10_000), fakeCanonicalise, { now: NOW });
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.summary).toEqual({ added: 10_000, updated: 0, unchanged: 0, skipped: 0, duplicates: 0 });
    expect(await db.contacts.count()).toBe(10_000);
    expect(await db.timeline.count()).toBe(0);
    console.info('10k import timings (fake-indexeddb)', result.timings);
  });
});
