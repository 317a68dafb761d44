/** The data messages at the boundary: what the page sends passes, anything else is refused before a handler runs. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportBackup, parseBackup, serialiseBackup } from '../../utils/data/backup';
import { parseConnectionsCsv } from '../../utils/data/connections-csv';
import { MAX_IMPORT_ROWS } from '../../utils/data/data-messages';
import { generateConnectionsCsv } from '../../utils/data/sample-connections';
import { handleValidated } from '../../utils/messaging/guard';
import { canonicalProfile } from '../../utils/sites/canonical';
import { deleteTestDbs, freshDb, readFixture, seed } from './helpers';

const ID = 'ext';
const options = { id: ID, url: `chrome-extension://${ID}/options.html` };
const content = { id: ID, url: 'https://www.linkedin.com/in/ada/', tab: { id: 3 } } as never;
const ok = { added: 0, updated: 0, unchanged: 0, skipped: [] };

afterEach(deleteTestDbs);

function rowsOf(text: string) {
  const parsed = parseConnectionsCsv(text, canonicalProfile);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  return parsed.rows;
}

describe('importConnections', () => {
  it('accepts the rows the page parsed (fixture and 10,000 generated rows), after a JSON trip', async () => {
    for (const rows of [rowsOf(readFixture('Connections.csv')), rowsOf(generateConnectionsCsv(10_000))]) {
      const handler = vi.fn(() => ok);
      await handleValidated('importConnections', JSON.parse(JSON.stringify({ rows })), options, handler, ID);
      expect(handler).toHaveBeenCalledOnce();
    }
  });

  it('refuses malformed rows, too many rows, and content scripts', async () => {
    const [row] = rowsOf(readFixture('Connections.csv'));
    const handler = vi.fn(() => ok);
    const bad = [
      { rows: [{ ...row, url: 'not a url' }] },
      { rows: [{ ...row, connectedOn: '15 Mar 2023' }] },
      { rows: [{ ...row, name: '' }] },
      { rows: [{ ...row, platform: 'facebook' }] },
      { rows: Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => row) },
    ];
    for (const data of bad) {
      await expect(handleValidated('importConnections', data, options, handler, ID)).rejects.toThrow(/invalid data/);
    }
    await expect(handleValidated('importConnections', { rows: [row] }, content, handler, ID)).rejects.toThrow(/not allowed/);
    expect(handler).not.toHaveBeenCalled();
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
