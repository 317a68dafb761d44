import { afterEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { parseBackup } from '../../utils/data/backup';
import {
  countRecords,
  deleteAllData,
  exportBackupFile,
  exportContactsCsvFile,
  previewBothModes,
  restoreChecked,
} from '../../utils/data/data-service';
import { importConnectionsFile } from '../../utils/data/import-file';
import { stableStringify } from '../../utils/data/json-text';
import { contact, deleteTestDbs, freshDb, readFixture, seed, snapshot, T0 } from './helpers';

const NOW = T0 + 86_400_000;

afterEach(deleteTestDbs);

describe('backup and restore through the service', () => {
  it('export → delete all → restore (replace) gives back exactly the same records', async () => {
    const db = await freshDb();
    await seed(db);
    await importConnectionsFile(db, readFixture('Connections.csv'), NOW);
    const before = await snapshot(db);
    const file = await exportBackupFile(db, NOW);
    expect(file.fileName).toBe('mentor-radar-backup-2025-01-16.json');

    await browser.storage.local.set({ 'sb:noteDraft:linkedin:x': 'half a note', 'popup:view': { query: 'Ada' } });
    const removed = await deleteAllData(db);
    expect(await browser.storage.local.get(null)).toEqual({});
    expect(removed.removed).toEqual({
      contacts: before.contacts.length,
      timeline: before.timeline.length,
      customSkills: 1,
      templates: 1,
      settings: 2,
    });
    expect(new Set(removed.changedKeys)).toEqual(new Set(before.contacts.map((c) => c.key)));
    expect(await countRecords(db)).toEqual({ contacts: 0, timeline: 0, customSkills: 0, templates: 0, settings: 0 });

    // What the page sends: the parsed backup object, after a JSON trip like a runtime message.
    const parsed = parseBackup(file.text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    const sent = JSON.parse(JSON.stringify(parsed.backup)) as unknown;
    const preview = await previewBothModes(db, sent);
    expect(preview.replace.contacts).toEqual({ added: before.contacts.length, updated: 0, unchanged: 0, removed: 0 });
    const restored = await restoreChecked(db, sent, 'replace');
    expect(restored.changes).toEqual(preview.replace);
    expect(stableStringify(await snapshot(db))).toBe(stableStringify(before));
  });

  it('the background re-checks what the page sends: a duplicate key is refused and nothing changes', async () => {
    const db = await freshDb();
    await seed(db);
    const before = await snapshot(db);
    const parsed = parseBackup((await exportBackupFile(db, NOW)).text);
    if (!parsed.ok) throw new Error('seeded backup must parse');
    const broken = { ...parsed.backup, contacts: [parsed.backup.contacts[0], parsed.backup.contacts[0]] };
    await expect(previewBothModes(db, broken)).rejects.toThrow(/repeats a key/);
    await expect(restoreChecked(db, broken, 'replace')).rejects.toThrow(/repeats a key/);
    await expect(restoreChecked(db, { ...parsed.backup, version: 99 }, 'merge')).rejects.toThrow(/newer Mentor Radar/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('HTML in text fields survives a round trip as the same plain text', async () => {
    const db = await freshDb();
    const hostile = contact({ key: 'linkedin:x', name: '<img src=x onerror=alert(1)>', currentCompany: '<b>Bold</b>' });
    await db.contacts.add(hostile);
    const parsed = parseBackup((await exportBackupFile(db, NOW)).text);
    expect(parsed.ok && parsed.backup.contacts[0]).toEqual(hostile);
  });
});

describe('exportContactsCsvFile', () => {
  it('writes every contact with skill labels in the UI language and neutralises formulas from imported text', async () => {
    const db = await freshDb();
    await seed(db);
    await db.contacts.update('linkedin:jonas-brandtner', { teachSkills: ['web-development'] });
    await importConnectionsFile(db, readFixture('Connections.csv'), NOW);
    const en = await exportContactsCsvFile(db, 'en', NOW, 'Europe/Berlin');
    const de = await exportContactsCsvFile(db, 'de', NOW, 'Europe/Berlin');
    expect(en.fileName).toBe('mentor-radar-contacts-2025-01-16.csv');
    const lines = en.text.split('\r\n').filter((line) => line !== '');
    expect(lines.length).toBe(1 + (await db.contacts.count()));
    // Dariusz's position in the fixture is =HYPERLINK(…): exported as text, not as a formula.
    expect(en.text).toContain(`"'=HYPERLINK(""https://example.invalid"",""click"")"`);
    expect(en.text).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(en.text).toContain('Stakeholder-Judo');
    expect(en.text).toContain('Web Development');
    expect(de.text).toContain('Webentwicklung');
  });

  it('an unknown time zone falls back to the runtime zone instead of failing', async () => {
    const db = await freshDb();
    await seed(db);
    await expect(exportContactsCsvFile(db, 'en', NOW, 'Mars/Olympus')).resolves.toMatchObject({ fileName: expect.any(String) });
  });
});
