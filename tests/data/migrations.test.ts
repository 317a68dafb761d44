/**
 * Every earlier schema version's data must open in the current MentorRadarDb without loss.
 *
 * For each version v in SCHEMA_VERSIONS: a raw Dexie at version v is filled from the frozen sample
 * tests/fixtures-data/db-v<v>.json, closed, and opened with the current MentorRadarDb. The rows must then equal
 * the sample lifted through BACKUP_UPGRADES (so the database upgrade and the backup upgrade must agree), and
 * must pass the current zod schemas (checked by exporting and re-parsing a backup).
 *
 * With only version 1 this checks "v1 data opens in the current class". When adding version N+1: see the
 * how-to in the README ("Changing the database schema"); the tests below fail until every step is done.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_UPGRADES, BACKUP_VERSION, exportBackup, parseBackup, serialiseBackup } from '../../utils/data/backup';
import { MentorRadarDb, SCHEMA_UPGRADES, SCHEMA_VERSIONS } from '../../utils/db/database';
import { readFixture } from './helpers';

const VERSIONS = Object.keys(SCHEMA_VERSIONS)
  .map(Number)
  .sort((a, b) => a - b);
const CURRENT = VERSIONS[VERSIONS.length - 1]!;

type Tables = Record<string, Record<string, unknown>[]>;

/** The frozen sample rows of one schema version, table by table. */
function sampleAt(version: number): Tables {
  const { _comment, ...tables } = JSON.parse(readFixture(`db-v${version}.json`)) as Tables & { _comment?: string };
  return tables;
}

/** What the sample of `version` must look like after upgrading to the current version. */
function expectedNow(version: number): Tables {
  let backup: Record<string, unknown> = { format: BACKUP_FORMAT, version, exportedAt: 0, ...sampleAt(version) };
  for (let from = version; from < CURRENT; from++) backup = BACKUP_UPGRADES[from]!(backup);
  const tables: Tables = {};
  for (const table of BACKUP_TABLES) tables[table] = (backup[table] as Tables[string] | undefined) ?? [];
  return tables;
}

const PRIMARY_KEY: Record<string, string> = { contacts: 'key', timeline: 'id', customSkills: 'id', templates: 'id', settings: 'key' };
const byPrimaryKey = (table: string) => (a: Record<string, unknown>, b: Record<string, unknown>) =>
  String(a[PRIMARY_KEY[table]!]).localeCompare(String(b[PRIMARY_KEY[table]!]));

const toDelete: string[] = [];
afterEach(async () => {
  while (toDelete.length > 0) await Dexie.delete(toDelete.pop()!);
});

describe('schema migrations', () => {
  it('every schema version has a frozen sample database and a backup upgrade to the next', () => {
    for (const version of VERSIONS) {
      expect(() => sampleAt(version), `tests/fixtures-data/db-v${version}.json`).not.toThrow();
      if (version < CURRENT) expect(BACKUP_UPGRADES[version], `BACKUP_UPGRADES[${version}]`).toBeTypeOf('function');
    }
    expect(BACKUP_VERSION).toBe(CURRENT);
  });

  for (const version of VERSIONS) {
    it(`v${version} data opens in the current MentorRadarDb (v${CURRENT}) with nothing lost`, async () => {
      const name = `test-migration-v${version}-${crypto.randomUUID()}`;
      toDelete.push(name);
      const sample = sampleAt(version);

      const old = new Dexie(name);
      old.version(version).stores(SCHEMA_VERSIONS[version]!);
      await old.open();
      for (const [table, rows] of Object.entries(sample)) await old.table(table).bulkAdd(rows);
      old.close();

      const db = new MentorRadarDb(name);
      await db.open();
      expect(db.verno).toBe(CURRENT);
      const expected = expectedNow(version);
      for (const table of BACKUP_TABLES) {
        expect(await db.table(table).toArray(), table).toEqual([...expected[table]!].sort(byPrimaryKey(table)));
      }
      // Every migrated row passes the current schemas (parseBackup validates each record).
      const reparsed = parseBackup(serialiseBackup(await exportBackup(db, 0)));
      expect(reparsed.ok ? 'valid' : reparsed.problem).toBe('valid');
      // A backup written by that version restores to the same rows as the migrated database.
      expect(parseBackup(JSON.stringify({ format: BACKUP_FORMAT, version, exportedAt: 0, ...sample }))).toEqual(reparsed);
      db.close();
    });
  }
});

describe('adding a schema version (rehearsal of the README how-to)', () => {
  it('a new version with a SCHEMA_UPGRADES step upgrades a v' + CURRENT + ' database and keeps every row', async () => {
    const next = CURRENT + 1;
    const name = `test-migration-rehearsal-${crypto.randomUUID()}`;
    toDelete.push(name);
    const sample = sampleAt(CURRENT);
    const old = new Dexie(name);
    old.version(CURRENT).stores(SCHEMA_VERSIONS[CURRENT]!);
    await old.open();
    for (const [table, rows] of Object.entries(sample)) await old.table(table).bulkAdd(rows);
    old.close();

    // Step 1 of the how-to: a new store definition (here one more index) and a row change.
    SCHEMA_VERSIONS[next] = { ...SCHEMA_VERSIONS[CURRENT]!, contacts: `${SCHEMA_VERSIONS[CURRENT]!.contacts}, connectedOn` };
    SCHEMA_UPGRADES[next] = (tx) =>
      tx
        .table('contacts')
        .toCollection()
        .modify((contact: { name: string }) => {
          contact.name = contact.name.toUpperCase();
        })
        .then(() => undefined);
    try {
      const db = new MentorRadarDb(name);
      await db.open();
      expect(db.verno).toBe(next);
      const contacts = await db.contacts.orderBy('key').toArray();
      const expected = [...sample.contacts!].sort(byPrimaryKey('contacts'));
      expect(contacts).toEqual(expected.map((row) => ({ ...row, name: String(row.name).toUpperCase() })));
      // The new index exists and works.
      expect(await db.contacts.where('connectedOn').above('').count()).toBe(expected.filter((row) => typeof row.connectedOn === 'string').length);
      for (const table of BACKUP_TABLES.filter((t) => t !== 'contacts')) {
        expect(await db.table(table).toArray(), table).toEqual([...(sample[table] ?? [])].sort(byPrimaryKey(table)));
      }
      db.close();
    } finally {
      delete SCHEMA_VERSIONS[next];
      delete SCHEMA_UPGRADES[next];
    }
  });
});
