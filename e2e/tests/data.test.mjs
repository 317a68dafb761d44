// "Own your data" through the real options page and popup: import Connections.csv, bad files, backup
// download, delete everything, restore. The tests run in order on one browser profile.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useBrowser } from '../support/harness.mjs';
import { importForNode } from '../bench/bundle.mjs';

const env = useBrowser();
const FIXTURE = new URL('../../tests/fixtures-data/Connections.csv', import.meta.url).pathname;
// Connections.csv: 6 people with profile URLs, 1 repeated row, 3 rows without a usable URL or name.
const IMPORTED = ['Eleanor Whitcombe', 'Jonas Brandtner', 'Priya Raghunathan', 'Tobias Okonkwo-Lindqvist', 'Hannelore Zimmermann-Ochs', 'Dariusz Wróblewski'];
let backupText = null;

async function openOptions() {
  const page = await env.browser.openExtensionPage('options.html');
  await page.getByTestId('data-section').waitFor();
  return page;
}

/** Contact count as the options page shows it (live from the background). */
async function storedContacts(page, expected) {
  const counts = page.getByTestId('storage-counts');
  if (expected !== undefined) await page.locator(`[data-testid="storage-counts"][data-contacts="${expected}"]`).waitFor();
  return Number(await counts.getAttribute('data-contacts'));
}

async function openPopup() {
  return env.browser.openExtensionPage('popup.html');
}

async function rowsText(popup, count) {
  const rows = popup.getByTestId('contact-row');
  await popup.waitForFunction((n) => document.querySelectorAll('[data-testid="contact-row"]').length === n, count);
  return rows.allInnerTexts();
}

test('importing Connections.csv in options shows the counts, and the popup lists the people', async () => {
  const page = await openOptions();
  await page.getByTestId('backup-reminder').waitFor(); // never backed up yet
  await page.getByTestId('import-file').setInputFiles(FIXTURE);
  const status = page.locator('[data-testid="import-status"][data-state="done"]');
  await status.waitFor();
  const text = await status.innerText();
  assert.match(text, /6 added, 0 updated, 0 unchanged, 3 skipped/);
  assert.match(text, /no profile URL/);
  assert.match(text, /Repeated rows of the same person, merged: 1\./);
  assert.equal(await storedContacts(page, 6), 6);

  const popup = await openPopup();
  await popup.getByTestId('contact-search').fill('');
  const texts = (await rowsText(popup, 6)).join('\n');
  for (const name of IMPORTED) assert.ok(texts.includes(name), `${name} in the popup`);
  // Markup in a company name is shown as text, never run.
  assert.ok(!(await popup.locator('[data-testid="contact-row"] b, [data-testid="contact-row"] script').count()));
  await popup.getByTestId('contact-search').fill('Wróblewski');
  assert.deepEqual((await rowsText(popup, 1)).length, 1);
  await popup.close();

  // Importing the same file again changes nothing.
  await page.getByTestId('import-file').setInputFiles(FIXTURE);
  await page.locator('[data-testid="import-status"][data-state="done"]').waitFor();
  assert.match(await page.getByTestId('import-status').innerText(), /0 added, 0 updated, 6 unchanged, 3 skipped/);
  await page.close();
});

test('broken files show a clear error and leave the contacts as they were', async () => {
  const page = await openOptions();
  assert.equal(await storedContacts(page, 6), 6);
  const cases = [
    { file: { name: 'Contacts.csv', mimeType: 'text/csv', buffer: Buffer.from('Name,Email\nAda,ada@example.invalid\n') }, message: /not LinkedIn’s Connections\.csv/ },
    { file: { name: 'Connections.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004') }, message: /is not a CSV file/ },
    { file: { name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) }, message: /empty/ },
    { file: { name: 'Basic_LinkedInDataExport.zip', mimeType: 'application/zip', buffer: Buffer.from('PK') }, message: /Unzip it/ },
    // Found by the background's parse, before its transaction.
    { file: { name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from('First Name,URL,Company\nAda,https://www.linkedin.com/in/ada,X\n') }, message: /missing columns: Last Name/ },
  ];
  for (const { file, message } of cases) {
    await page.getByTestId('import-file').setInputFiles(file);
    const status = page.locator('[data-testid="import-status"][data-state="error"]');
    await status.waitFor();
    assert.match(await status.innerText(), message);
    assert.match(await status.innerText(), /your data is unchanged/);
  }

  // A backup cut off in the middle (an interrupted download).
  const truncated = '{"format":"mentor-radar-backup","version":1,"exportedAt":1,"contacts":[{"key":"linkedin:x","na';
  await page.getByTestId('restore-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(truncated) });
  const restoreStatus = page.locator('[data-testid="restore-status"][data-state="error"]');
  await restoreStatus.waitFor();
  assert.match(await restoreStatus.innerText(), /incomplete/);
  assert.equal(await storedContacts(page), 6);
  await page.close();
});

test('export backup downloads versioned JSON with the contacts and ends the reminder', async () => {
  const page = await openOptions();
  const download = await env.browser.download(page, () => page.getByTestId('export-backup').click());
  assert.match(download.suggestedFilename, /^mentor-radar-backup-\d{4}-\d{2}-\d{2}\.json$/);
  backupText = download.text;
  const backup = JSON.parse(backupText);
  assert.equal(backup.format, 'mentor-radar-backup');
  assert.equal(typeof backup.version, 'number');
  assert.deepEqual(backup.contacts.map((c) => c.name).sort(), [...IMPORTED].sort());
  assert.equal(backup.timeline.length, 0); // the "imported" events are derived from the contacts, not stored
  await page.getByTestId('last-backup').waitFor();
  assert.equal(await page.getByTestId('backup-reminder').count(), 0);

  const csvText = (await env.browser.download(page, () => page.getByTestId('export-csv').click())).text;
  assert.match(csvText, /Dariusz Wróblewski/);
  assert.match(csvText, /"'=HYPERLINK\(/); // neutralised, not a live formula
  await page.close();
});

test('delete all (typed confirmation) empties the popup; restoring the backup in replace mode brings everyone back', async () => {
  assert.ok(backupText, 'the export test ran first');
  const page = await openOptions();
  await page.getByTestId('delete-all').click();
  assert.equal(await page.getByTestId('delete-confirm').isDisabled(), true);
  await page.getByTestId('delete-confirm-input').fill('DELETE');
  await page.getByTestId('delete-confirm').click();
  await page.locator('[data-testid="delete-status"][data-state="done"]').waitFor();
  assert.equal(await storedContacts(page, 0), 0);
  await page.getByTestId('backup-reminder').waitFor(); // settings went too: no backup recorded any more
  const popup = await openPopup();
  await popup.getByTestId('popup-empty').waitFor();

  await page.getByTestId('restore-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backupText) });
  await page.locator('[data-testid="restore-status"][data-state="preview"]').waitFor();
  await page.getByTestId('restore-mode-replace').check();
  const contactsRow = await page.getByTestId('restore-preview-contacts').innerText();
  assert.match(contactsRow, /^Contacts\s+6\s+0\s+0\s+0$/);
  await page.getByTestId('restore-confirm').click();
  const done = page.locator('[data-testid="restore-status"][data-state="done"]');
  await done.waitFor();
  assert.match(await done.innerText(), /Backup restored: \d+ added, 0 updated, 0 removed/);
  assert.equal(await storedContacts(page, 6), 6);

  await popup.reload();
  await popup.getByTestId('contact-search').fill(''); // the popup may remember the last search
  const texts = (await rowsText(popup, 6)).join('\n');
  for (const name of IMPORTED) assert.ok(texts.includes(name), `${name} is back`);
  await popup.close();
  await page.close();
});

test('storage: the page asked to keep the data and shows how much is stored', async () => {
  const page = await openOptions();
  await page.locator('[data-testid="storage-persisted"]:not([data-persisted=""])').waitFor();
  assert.match(await page.getByTestId('storage-usage').innerText(), /Stored: about [\d.,]+ (B|kB|MB)|no estimate/);
  await page.close();
});

test('a large import moves its progress bar as the background writes, then shows the summary', async () => {
  const { generateConnectionsCsv } = await importForNode("export { generateConnectionsCsv } from './utils/data/sample-connections.ts';");
  const page = await openOptions();
  // Recorded in the page (not sampled through the driver, which is slower than the bar in Firefox).
  await page.evaluate(() => {
    window.__progressSeen = [];
    new MutationObserver(() => {
      const bar = document.querySelector('[data-testid="import-progress"]');
      const value = bar?.getAttribute('value');
      if (value !== null && value !== undefined && window.__progressSeen.at(-1) !== value) window.__progressSeen.push(value);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['value'] });
  });
  await page.getByTestId('import-file').setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from(generateConnectionsCsv(3000)) });
  const done = page.locator('[data-testid="import-status"][data-state="done"]');
  await done.waitFor({ timeout: 60_000 });
  assert.match(await done.innerText(), /3,000 added/);
  const seen = (await page.evaluate(() => window.__progressSeen)).map(Number);
  // 500 rows a slice: the bar steps through the slices in order.
  assert.ok(seen.length >= 3, `progress steps seen: ${seen.join(', ')}`);
  assert.ok(seen.every((v, i) => v > 0 && v <= 1 && (i === 0 || v > seen[i - 1])), `progress steps seen: ${seen.join(', ')}`);
  await page.close();
});
