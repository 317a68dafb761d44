/** The data messages at the boundary: what the page sends passes, anything else is refused before a handler runs. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportBackup, parseBackup, serialiseBackup } from '../../utils/data/backup';
import { MAX_IMPORT_BYTES } from '../../utils/data/file-size';
import { generateConnectionsCsv } from '../../utils/data/sample-connections';
import { handleValidated } from '../../utils/messaging/guard';
import { deleteTestDbs, freshDb, readFixture, seed } from './helpers';

const ID = 'ext';
const options = { id: ID, url: `chrome-extension://${ID}/options.html` };
const content = { id: ID, url: 'https://www.linkedin.com/in/ada/', tab: { id: 3 } } as never;
const refused = { ok: false, problem: { code: 'no-rows' } } as const;

afterEach(deleteTestDbs);

describe('importConnectionsFile', () => {
  it('accepts the text of a Connections.csv (fixture and 10,000 generated rows)', async () => {
    for (const text of [readFixture('Connections.csv'), generateConnectionsCsv(10_000)]) {
      const handler = vi.fn(() => refused);
      await handleValidated('importConnectionsFile', { id: 'import-1', text }, options, handler, ID);
      expect(handler).toHaveBeenCalledOnce();
    }
  });

  it('refuses anything but text with an id, text longer than the size limit, and content scripts', async () => {
    const handler = vi.fn(() => refused);
    for (const data of [{ id: 'import-1', text: 42 }, { text: 'a,b' }, { rows: [] }, { id: 'import-1', text: 'x'.repeat(MAX_IMPORT_BYTES + 1) }]) {
      await expect(handleValidated('importConnectionsFile', data, options, handler, ID)).rejects.toThrow(/invalid data/);
    }
    await expect(handleValidated('importConnectionsFile', { id: 'import-1', text: 'a,b' }, content, handler, ID)).rejects.toThrow(/not allowed/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('lets only a well-formed outcome leave the background', async () => {
    const report = { added: 1, updated: 0, unchanged: 0, skipped: 0, duplicates: 0, skipGroups: [], warnings: [] };
    const answer = (outcome: unknown) => handleValidated('importConnectionsFile', { id: 'import-1', text: 'a,b' }, options, () => outcome as never, ID);
    await expect(answer({ ok: true, report })).resolves.toEqual({ ok: true, report });
    await expect(answer(refused)).resolves.toEqual(refused);
    await expect(answer({ ok: false, problem: { code: 'no-such-problem' } })).rejects.toThrow();
    await expect(answer({ ok: true, report: { ...report, added: -1 } })).rejects.toThrow();
  });
});

describe('restore messages', () => {
  it('accept a parsed backup; refuse another format or a record that is not a contact', async () => {
    const db = await freshDb();
    await seed(db);
    const parsed = parseBackup(serialiseBackup(await exportBackup(db, 1)));
    if (!parsed.ok) throw new Error('seed must export');
    const backup = JSON.parse(JSON.stringify(parsed.backup)) as Record<string, unknown>;
    const preview = { added: 0, updated: 0, unchanged: 0, removed: 0 };
    const previews = { contacts: preview, timeline: preview, customSkills: preview, templates: preview, settings: preview };
    const handler = vi.fn(() => previews);
    await handleValidated('restoreBackup', { backup, mode: 'replace' }, options, handler, ID);
    expect(handler).toHaveBeenCalledOnce();
    await expect(handleValidated('restoreBackup', { backup, mode: 'overwrite' }, options, handler, ID)).rejects.toThrow(/invalid data/);
    await expect(
      handleValidated('restoreBackup', { backup: { ...backup, format: 'x' }, mode: 'merge' }, options, handler, ID),
    ).rejects.toThrow(/invalid data/);
    await expect(
      handleValidated('previewRestore', { backup: { ...backup, contacts: [{ key: 'k' }] } }, options, vi.fn(() => ({ merge: previews, replace: previews })), ID),
    ).rejects.toThrow(/invalid data/);
    expect(handler).toHaveBeenCalledOnce();
  });

  it('deleteAllData needs the explicit confirmation flag', async () => {
    const handler = vi.fn(() => ({ contacts: 0, timeline: 0, customSkills: 0, templates: 0, settings: 0 }));
    await expect(handleValidated('deleteAllData', {}, options, handler, ID)).rejects.toThrow(/invalid data/);
    await expect(handleValidated('deleteAllData', { confirm: false }, options, handler, ID)).rejects.toThrow(/invalid data/);
    await handleValidated('deleteAllData', { confirm: true }, options, handler, ID);
    expect(handler).toHaveBeenCalledOnce();
  });
});
