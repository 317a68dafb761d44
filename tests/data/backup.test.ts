import { afterEach, describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  BACKUP_UPGRADES,
  BACKUP_VERSION,
  backupFileName,
  checkBackupFile,
  exportBackup,
  MAX_BACKUP_BYTES,
  parseBackup,
  previewRestore,
  restoreBackup,
  restoreFromText,
  serialiseBackup,
} from '../../utils/data/backup';
import type { Backup } from '../../utils/data/backup';
import { stableStringify } from '../../utils/data/json-text';
import { describeBackupProblem, describeDroppedRecord } from '../../utils/data/problems';
import { SCHEMA_VERSIONS } from '../../utils/db/database';
import { contact, customSkill, deleteTestDbs, freshDb, note, seed, snapshot, T0, template } from './helpers';

const NOW = T0 + 3 * 86_400_000;

afterEach(deleteTestDbs);

function parsed(text: string): Backup {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.backup;
}

async function seededBackupText(): Promise<string> {
  const db = await freshDb();
  await seed(db);
  return serialiseBackup(await exportBackup(db, NOW));
}

describe('export', () => {
  it('writes format, version (= newest schema version), exportedAt and every table', async () => {
    const db = await freshDb();
    await seed(db);
    const backup = await exportBackup(db, NOW);
    expect(BACKUP_VERSION).toBe(Math.max(...Object.keys(SCHEMA_VERSIONS).map(Number)));
    expect(backup).toMatchObject({ format: 'mentor-radar-backup', version: BACKUP_VERSION, exportedAt: NOW });
    expect(backup).toEqual({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: NOW, ...(await snapshot(db)) });
    const text = serialiseBackup(backup);
    expect(text).toContain('\n  "format": "mentor-radar-backup",\n');
    expect(backupFileName(NOW)).toBe('mentor-radar-backup-2025-01-18.json');
  });

  it('round trip: export → parse → restore(replace) into a fresh db → export again is equal (but exportedAt)', async () => {
    const source = await freshDb();
    await seed(source);
    const first = await exportBackup(source, NOW);
    const target = await freshDb();
    await restoreBackup(target, parsed(serialiseBackup(first)), 'replace');
    const second = await exportBackup(target, NOW + 1000);
    expect({ ...second, exportedAt: 0 }).toEqual({ ...first, exportedAt: 0 });
    // Same content, key order aside (records come back in schema order after validation).
    expect(stableStringify({ ...second, exportedAt: NOW })).toBe(stableStringify(first));
  });

  it('an empty database round-trips too', async () => {
    const db = await freshDb();
    const backup = parsed(serialiseBackup(await exportBackup(db, NOW)));
    expect(backup).toEqual({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: NOW, contacts: [], timeline: [], customSkills: [], templates: [], settings: [] });
  });
});

describe('parseBackup: files that cannot be restored leave the database exactly as it was', () => {
  type Case = { name: string; text: (good: string) => string; problem: object; en: RegExp; de: RegExp };
  const edit = (good: string, change: (json: Record<string, unknown>) => void): string => {
    const json = JSON.parse(good) as Record<string, unknown>;
    change(json);
    return JSON.stringify(json);
  };
  const cases: Case[] = [
    { name: 'empty', text: () => '  \n', problem: { code: 'empty-file' }, en: /empty/, de: /leer/ },
    { name: 'not JSON', text: () => 'First Name,Last Name\n', problem: { code: 'not-json' }, en: /not valid JSON/, de: /kein gültiges JSON/ },
    {
      name: 'truncated JSON',
      text: (good) => good.slice(0, Math.floor(good.length / 2)),
      problem: { code: 'truncated-json' },
      en: /incomplete/,
      de: /unvollständig/,
    },
    { name: 'a JSON array', text: () => '[1,2]', problem: { code: 'wrong-format', found: null }, en: /not a Mentor Radar backup/, de: /keine Mentor-Radar-Sicherung/ },
    {
      name: 'another app’s JSON',
      text: (good) => edit(good, (json) => (json.format = 'other-backup')),
      problem: { code: 'wrong-format', found: 'other-backup' },
      en: /not a Mentor Radar backup/,
      de: /keine Mentor-Radar-Sicherung/,
    },
    {
      name: 'made by a newer Mentor Radar',
      text: (good) => edit(good, (json) => (json.version = BACKUP_VERSION + 1)),
      problem: { code: 'newer-version', version: BACKUP_VERSION + 1, supported: BACKUP_VERSION },
      en: /made by a newer Mentor Radar.*Update the extension first/,
      de: /neueren Mentor Radar.*Aktualisieren Sie zuerst/,
    },
    {
      name: 'version missing',
      text: (good) => edit(good, (json) => delete json.version),
      problem: { code: 'invalid-version', found: undefined },
      en: /valid version/,
      de: /gültige Versionsnummer/,
    },
    {
      name: 'exportedAt missing',
      text: (good) => edit(good, (json) => delete json.exportedAt),
      problem: { code: 'invalid-field', field: 'exportedAt' },
      en: /exportedAt/,
      de: /exportedAt/,
    },
    {
      name: 'a table missing',
      text: (good) => edit(good, (json) => delete json.templates),
      problem: { code: 'missing-table', table: 'templates' },
      en: /missing its “templates” section/,
      de: /fehlt der Teil „Vorlagen“/,
    },
  ];

  for (const testCase of cases) {
    for (const mode of ['merge', 'replace'] as const) {
      it(`${testCase.name} (${mode})`, async () => {
        const text = testCase.text(await seededBackupText());
        const db = await freshDb();
        await seed(db);
        await db.contacts.add(contact({ key: 'linkedin:only-in-db' }));
        const before = await snapshot(db);
        const result = await restoreFromText(db, text, mode);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.problem).toMatchObject(testCase.problem);
        expect(describeBackupProblem(result.problem, 'en')).toMatch(testCase.en);
        expect(describeBackupProblem(result.problem, 'de')).toMatch(testCase.de);
        expect(await snapshot(db)).toEqual(before);
      });
    }
  }

  it('a UTF-8 BOM before the JSON is fine', async () => {
    expect(parseBackup(`\uFEFF${await seededBackupText()}`).ok).toBe(true);
  });

  it('unknown settings keys are kept as they are (their readers validate them)', async () => {
    const text = (await seededBackupText()).replace('"settings": [', '"settings": [{ "key": "zz-future", "value": { "a": 1 } },');
    expect(parsed(text).settings).toContainEqual({ key: 'zz-future', value: { a: 1 } });
  });

  it('checkBackupFile refuses empty and too-large files before reading them', () => {
    expect(checkBackupFile({ size: 0 })).toEqual({ code: 'empty-file' });
    expect(checkBackupFile({ size: MAX_BACKUP_BYTES + 1 })).toMatchObject({ code: 'file-too-large' });
    expect(checkBackupFile({ size: 1000 })).toBeNull();
  });

  it('every schema version before the current one has a backup upgrade step', () => {
    for (const version of Object.keys(SCHEMA_VERSIONS).map(Number)) {
      if (version < BACKUP_VERSION) expect(BACKUP_UPGRADES[version], `upgrade from v${version}`).toBeTypeOf('function');
    }
  });
});

describe('parseBackup: a bad record is left out and reported, the rest is restored', () => {
  type Case = { name: string; change: (json: Record<string, unknown>) => void; dropped: object; en: RegExp; de: RegExp };
  const cases: Case[] = [
    {
      name: 'an invalid contact',
      change: (json) => ((json.contacts as Record<string, unknown>[])[1]!.status = 'best-friends'),
      dropped: { table: 'contacts', index: 1, key: 'linkedin:jonas-brandtner', reason: 'invalid', path: 'status' },
      en: /Record 2 in “contacts” \(linkedin:jonas-brandtner\): invalid \(status: /,
      de: /Eintrag 2 in „Kontakte“ \(linkedin:jonas-brandtner\): ungültig \(status: /,
    },
    {
      name: 'an invalid nested profile field',
      change: (json) => {
        const profile = (json.contacts as { profile: { experience: { start: unknown }[] } }[])[0]!.profile;
        profile.experience[0]!.start = 'April 2009';
      },
      dropped: { table: 'contacts', index: 0, reason: 'invalid', path: 'profile.experience.0.start' },
      en: /Record 1 in “contacts”/,
      de: /Eintrag 1 in „Kontakte“/,
    },
    {
      name: 'an invalid timeline entry',
      change: (json) => ((json.timeline as Record<string, unknown>[])[0]!.createdAt = -1),
      dropped: { table: 'timeline', index: 0, reason: 'invalid', path: 'createdAt' },
      en: /“timeline”/,
      de: /„Verlauf“/,
    },
    {
      name: 'an invalid settings value',
      change: (json) => ((json.settings as { value: Record<string, unknown> }[])[0]!.value.outreachLanguage = 'fr'),
      dropped: { table: 'settings', index: 0, reason: 'invalid', path: 'value.outreachLanguage' },
      en: /“settings”/,
      de: /„Einstellungen“/,
    },
    {
      name: 'a repeated primary key',
      change: (json) => {
        const contacts = json.contacts as unknown[];
        contacts.push(contacts[0]);
      },
      dropped: { table: 'contacts', index: 2, key: 'linkedin:eleanor-whitcombe-3a91b4', reason: 'duplicate' },
      en: /repeats a key/,
      de: /wiederholt einen Schlüssel/,
    },
  ];
  for (const testCase of cases) {
    it(testCase.name, async () => {
      const json = JSON.parse(await seededBackupText()) as Record<string, unknown>;
      testCase.change(json);
      const result = parseBackup(JSON.stringify(json), NOW);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.dropped).toHaveLength(testCase.name === 'an invalid contact' || testCase.name === 'an invalid nested profile field' ? 2 : 1);
      expect(result.dropped[0]).toMatchObject(testCase.dropped);
      expect(describeDroppedRecord(result.dropped[0]!, 'en')).toMatch(testCase.en);
      expect(describeDroppedRecord(result.dropped[0]!, 'de')).toMatch(testCase.de);
    });
  }
});

describe('previewRestore and restoreBackup', () => {
  /** Database: seed + one extra contact; backup: seed with one contact newer, one older, one new record per table. */
  async function scenario() {
    const sourceDb = await freshDb();
    await seed(sourceDb);
    await sourceDb.contacts.update('linkedin:eleanor-whitcombe-3a91b4', { status: 'mentoring', statusChangedAt: NOW, updatedAt: NOW });
    await sourceDb.contacts.update('linkedin:jonas-brandtner', { status: 'closed', statusChangedAt: T0 - 1000, updatedAt: T0 - 1000 });
    await sourceDb.contacts.add(contact({ key: 'linkedin:only-in-backup', name: 'From Backup' }));
    await sourceDb.timeline.add(note('n-backup', 'linkedin:only-in-backup', 'note from backup'));
    await sourceDb.timeline.update('n1', { text: 'edited later', updatedAt: NOW });
    await sourceDb.customSkills.put(customSkill('stakeholder-judo', 'Renamed in backup'));
    await sourceDb.customSkills.add(customSkill('kite', 'Kitesurfen'));
    await sourceDb.templates.add(template('t-backup'));
    await sourceDb.settings.put({ key: 'preferences', value: { uiLanguage: 'en', lastBackupAt: NOW, onboardingDone: true } });
    const backup = parsed(serialiseBackup(await exportBackup(sourceDb, NOW)));

    const db = await freshDb();
    await seed(db);
    await db.contacts.add(contact({ key: 'linkedin:only-in-db', name: 'Only Here' }));
    await db.timeline.add(note('n-db', 'linkedin:only-in-db', 'mine'));
    return { db, backup };
  }

  it('merge preview: adds missing, newer updatedAt wins for contacts/timeline, saved skills and settings win, nothing removed', async () => {
    const { db, backup } = await scenario();
    const before = await snapshot(db);
    expect(await previewRestore(db, backup, 'merge')).toEqual({
      contacts: { added: 1, updated: 1, unchanged: 1, removed: 0 },
      timeline: { added: 1, updated: 1, unchanged: 1, removed: 0 },
      customSkills: { added: 1, updated: 0, unchanged: 1, removed: 0 },
      templates: { added: 1, updated: 0, unchanged: 1, removed: 0 },
      settings: { added: 0, updated: 0, unchanged: 2, removed: 0 },
    });
    expect(await snapshot(db)).toEqual(before); // preview only reads
  });

  it('merge restore does what the preview said', async () => {
    const { db, backup } = await scenario();
    const preview = await previewRestore(db, backup, 'merge');
    expect(await restoreBackup(db, backup, 'merge')).toEqual(preview);
    expect(await db.contacts.get('linkedin:eleanor-whitcombe-3a91b4')).toMatchObject({ status: 'mentoring', updatedAt: NOW });
    // The saved Jonas is newer than the backup's: kept.
    expect(await db.contacts.get('linkedin:jonas-brandtner')).toMatchObject({ status: 'mentoring', updatedAt: T0 });
    expect(await db.contacts.get('linkedin:only-in-db')).toBeDefined();
    expect(await db.contacts.get('linkedin:only-in-backup')).toBeDefined();
    expect(await db.timeline.get('n1')).toMatchObject({ text: 'edited later' });
    expect(await db.customSkills.get('custom:stakeholder-judo')).toMatchObject({ label: 'Stakeholder-Judo' });
    expect(await db.customSkills.get('custom:kite')).toBeDefined();
    expect(await db.settings.get('preferences')).toMatchObject({ value: { uiLanguage: 'de' } });
    // Restoring the same backup again changes nothing.
    const after = await snapshot(db);
    const again = await restoreBackup(db, backup, 'merge');
    expect(Object.values(again).every((t) => t.added === 0 && t.updated === 0)).toBe(true);
    expect(await snapshot(db)).toEqual(after);
  });

  it('replace preview counts additions, changes and removals; replace makes the database equal the backup', async () => {
    const { db, backup } = await scenario();
    expect(await previewRestore(db, backup, 'replace')).toEqual({
      contacts: { added: 1, updated: 2, unchanged: 0, removed: 1 },
      timeline: { added: 1, updated: 1, unchanged: 1, removed: 1 },
      customSkills: { added: 1, updated: 1, unchanged: 0, removed: 0 },
      templates: { added: 1, updated: 0, unchanged: 1, removed: 0 },
      settings: { added: 0, updated: 1, unchanged: 1, removed: 0 },
    });
    await restoreBackup(db, backup, 'replace');
    const { format, version, exportedAt, ...tables } = backup;
    expect([format, version, exportedAt]).toEqual([BACKUP_FORMAT, BACKUP_VERSION, NOW]);
    expect(await snapshot(db)).toEqual(tables);
  });

  it('replace is all-or-nothing: a failing write leaves the tables as they were, not cleared', async () => {
    const { db, backup } = await scenario();
    const before = await snapshot(db);
    // Bypasses parseBackup on purpose: a repeated key makes bulkAdd fail after the tables were cleared.
    const broken: Backup = { ...backup, templates: [...backup.templates, backup.templates[0]!] };
    await expect(restoreBackup(db, broken, 'replace')).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });

  it('merge is all-or-nothing too', async () => {
    const { db, backup } = await scenario();
    const before = await snapshot(db);
    const broken = { ...backup, timeline: [...backup.timeline, { id: undefined }] } as unknown as Backup;
    await expect(restoreBackup(db, broken, 'merge')).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });
});
