import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseConnectionsCsv } from '../../utils/data/connections-csv';
import type { ImportedConnection } from '../../utils/data/connections-csv';
import { ImportPlanner, importRows, planConnectionsImport } from '../../utils/data/merge-import';
import type { MentorRadarDb } from '../../utils/db/database';
import { generateConnectionsCsv } from '../../utils/data/sample-connections';
import { ContactSchema } from '../../utils/schemas/contact';
import type { Contact } from '../../utils/schemas/contact';
import { LIMITS } from '../../utils/schemas/limits';
import fc from 'fast-check';
import { contact, deleteTestDbs, fakeCanonicalise, freshDb, readFixture, seed, snapshot, T0 } from './helpers';

const NOW = T0 + 86_400_000;

afterEach(deleteTestDbs);

/** A file parsed and imported in one transaction (the whole background path: tests/data/import-file.test.ts). */
async function importText(db: MentorRadarDb, text: string, now: number) {
  const parsed = parseConnectionsCsv(text, fakeCanonicalise);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  return importRows(db, parsed, now);
}

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

  it('a new contact is refused exactly when ContactSchema would refuse it (only the row\'s fields are checked)', () => {
    const text = (max: number) => fc.oneof(fc.constant(''), fc.string({ maxLength: 5 }), fc.constant('x'.repeat(max + 1)));
    const rows = fc.record({
      key: fc.constantFrom('linkedin:ada', 'linkedin:Ada', 'xing:ada', 'linkedin:', 'mail:ada', `linkedin:${'a'.repeat(300)}`),
      url: fc.constantFrom('https://www.linkedin.com/in/ada/', 'https://www.xing.com/profile/ada', 'not a url', ''),
      platform: fc.constantFrom('linkedin', 'xing'),
      name: text(LIMITS.name),
      company: fc.option(text(LIMITS.shortText)),
      position: fc.option(text(LIMITS.shortText)),
      connectedOn: fc.option(fc.constantFrom('2023-03-15', '15 Mar 2023', '')),
      line: fc.constant(2),
    });
    const now = fc.constantFrom(NOW, -1, 1.5, Number.MAX_SAFE_INTEGER);
    fc.assert(
      fc.property(rows, now, (input, at) => {
        const candidate: Contact = {
          ...contact({ key: input.key, platform: input.platform, url: input.url, name: input.name }),
          currentRole: input.position,
          currentCompany: input.company,
          connectedOn: input.connectedOn,
          source: 'import',
          status: 'idea',
          statusChangedAt: at,
          createdAt: at,
          updatedAt: at,
        };
        const valid = ContactSchema.safeParse(candidate).success;
        const plan = planConnectionsImport(new Map(), [input], at);
        expect(plan.toAdd).toEqual(valid ? [candidate] : []);
        expect(plan.skipped).toEqual(valid ? [] : [{ line: 2, reason: 'invalid-contact' }]);
      }),
      { numRuns: 400 },
    );
  });

  it('skips a row that would not make a valid contact (e.g. a canonicaliser returning a bad URL)', () => {
    const plan = planConnectionsImport(new Map(), [row({ key: 'linkedin:bad', url: 'not a url', line: 9 })], NOW);
    expect(plan.toAdd).toEqual([]);
    expect(plan.skipped).toEqual([{ line: 9, reason: 'invalid-contact' }]);
  });
});

describe('importRows (plans and writes in one transaction)', () => {
  it('adds new contacts and fills existing ones, keeping their notes', async () => {
    const db = await freshDb();
    await seed(db);
    const before = await snapshot(db);
    const plan = await importText(db, readFixture('Connections.csv'), NOW);
    expect(plan.summary).toEqual({ added: 4, updated: 2, unchanged: 0, skipped: 3, duplicates: 1 });

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
    const first = await importText(db, text, NOW);
    expect(first.summary).toMatchObject({ added: 6 });
    const before = await snapshot(db);
    const second = await importText(db, text, NOW + 1);
    expect(second.summary).toMatchObject({ added: 0, updated: 0, unchanged: 6 });
    expect(await snapshot(db)).toEqual(before);
  });

  it('a failing write rolls everything back', async () => {
    const db = await freshDb();
    await seed(db);
    const before = await snapshot(db);
    // The second write fails after the new contacts were added in the same transaction.
    const bulkPut = vi.spyOn(db.contacts, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    await expect(importRows(db, [row({ key: 'linkedin:new-one' }), row({ key: 'linkedin:eleanor-whitcombe-3a91b4' })], NOW)).rejects.toThrow(
      'disk full',
    );
    expect(bulkPut).toHaveBeenCalled();
    expect(await snapshot(db)).toEqual(before);
  });

  it('plans against what is saved inside the transaction (a contact saved from the sidebar just before is merged, not duplicated)', async () => {
    const db = await freshDb();
    await db.contacts.add(contact({ key: 'linkedin:zed', name: 'Saved from the sidebar', currentCompany: null }));
    const plan = await importRows(db, [row({ key: 'linkedin:zed' })], NOW);
    expect(plan.summary).toMatchObject({ added: 0, updated: 1 });
    expect(await db.contacts.get('linkedin:zed')).toMatchObject({ name: 'Saved from the sidebar', currentCompany: 'Csv Company' });
  });
});

describe('ImportPlanner (slices)', () => {
  const rows = [
    row({ key: 'linkedin:ada', line: 2 }),
    row({ key: 'linkedin:saved', line: 3 }),
    row({ key: 'linkedin:bad', url: 'not a url', line: 4 }),
    row({ key: 'linkedin:ada', line: 5 }),
    row({ key: 'linkedin:zed', line: 6 }),
  ];
  const saved = contact({ key: 'linkedin:saved', currentCompany: null });
  const existing = new Map([[saved.key, saved]]);

  it('hands out each slice’s writes, and the same whole plan as planConnectionsImport', () => {
    const planner = new ImportPlanner(existing, NOW);
    const first = planner.next(rows.slice(0, 2));
    const second = planner.next(rows.slice(2));
    expect(first.toAdd.map((c) => c.key)).toEqual(['linkedin:ada']);
    expect(first.toUpdate.map((c) => c.key)).toEqual(['linkedin:saved']);
    // The repeat of ada in the second slice is a duplicate of the first slice's row.
    expect(second.toAdd.map((c) => c.key)).toEqual(['linkedin:zed']);
    expect(second.toUpdate).toEqual([]);
    expect(planner.plan()).toEqual(planConnectionsImport(existing, rows, NOW));
    expect(planner.plan().summary).toEqual({ added: 2, updated: 1, unchanged: 0, skipped: 1, duplicates: 1 });
  });
});

describe('importRows over many slices', () => {
  it('writes every row of a file larger than one slice, in one transaction', async () => {
    const db = await freshDb();
    const parsed = parseConnectionsCsv(generateConnectionsCsv(1_234), fakeCanonicalise);
    if (!parsed.ok) throw new Error('the sample did not parse');
    const plan = await importRows(db, parsed, NOW);
    expect(plan.summary.added).toBe(parsed.rows.length);
    expect(await db.contacts.count()).toBe(parsed.rows.length);
    expect((await db.contacts.toArray()).every((c) => ContactSchema.safeParse(c).success)).toBe(true);
  });
});
