// Issue 13 probes through the real options page and popup (Chromium): a hostile backup file, a formula-laden
// CSV export, and a service worker stopped in the middle of a replace-restore of 10,000 contacts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import Papa from 'papaparse';
import { sidebar } from '../support/browser.mjs';
import { useBrowser } from '../support/harness.mjs';

const env = useBrowser();
const NOW = Date.now();

function person(slug, overrides = {}) {
  return {
    key: `linkedin:${slug}`,
    platform: 'linkedin',
    url: `https://www.linkedin.com/in/${slug}/`,
    name: `Invented ${slug}`,
    headline: null,
    location: null,
    currentRole: null,
    currentCompany: null,
    careerStartYear: null,
    profile: null,
    teachSkills: [],
    learnSkills: [],
    status: 'idea',
    direction: null,
    followUpAt: null,
    statusChangedAt: NOW - 1000,
    createdAt: NOW - 1000,
    updatedAt: NOW - 1000,
    source: 'import',
    connectedOn: null,
    ...overrides,
  };
}

/** A backup file at the version the extension writes (read from its own export, so it follows schema changes). */
async function backupFile(page, contacts, timeline = []) {
  const download = await env.browser.download(page, () => page.getByTestId('export-backup').click());
  const base = JSON.parse(download.text);
  const text = JSON.stringify({ ...base, exportedAt: NOW - 500, contacts, timeline, customSkills: [], templates: [], settings: [] });
  return { name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) };
}

async function openOptions() {
  const page = await env.browser.openExtensionPage('options.html');
  await page.getByTestId('data-section').waitFor();
  return page;
}

async function restore(page, file, mode) {
  await page.getByTestId('restore-file').setInputFiles(file);
  await page.locator('[data-testid="restore-status"][data-state="preview"]').waitFor({ timeout: 60_000 });
  await page.getByTestId(`restore-mode-${mode}`).check();
  await page.getByTestId('restore-confirm').click();
}

/** Id of the newest safety backup in the extension's local state database (read from an extension page). */
function newestSafetyBackup() {
  return new Promise((resolve) => {
    const open = indexedDB.open('mentor-radar-local');
    open.onerror = () => resolve(null);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('safetyBackups')) {
        db.close();
        return resolve(null);
      }
      const cursor = db.transaction('safetyBackups', 'readonly').objectStore('safetyBackups').index('createdAt').openKeyCursor(null, 'prev');
      cursor.onsuccess = () => {
        db.close();
        resolve(cursor.result ? cursor.result.primaryKey : null);
      };
      cursor.onerror = () => resolve(null);
    };
  });
}

const storedContacts = (page, n) => page.locator(`[data-testid="storage-counts"][data-contacts="${n}"]`).waitFor({ timeout: 60_000 });

test('a hostile backup: planted links and far-future dates are left out and listed; the popup opens only real profiles; CSV export works', async () => {
  const page = await openOptions();
  const file = await backupFile(page, [
    person('ada-valid', { name: 'Ada Valid' }),
    person('planted-js', { url: 'javascript:alert(document.cookie)' }),
    person('planted-data', { url: 'data:text/html,<script>alert(1)</script>' }),
    person('planted-offsite', { url: 'https://evil.example/in/planted-offsite/' }),
    person('planted-forever', { updatedAt: Number.MAX_SAFE_INTEGER }),
  ]);
  await page.getByTestId('restore-file').setInputFiles(file);
  const dropped = page.getByTestId('restore-dropped');
  await dropped.waitFor();
  assert.equal(await dropped.getAttribute('data-count'), '4');
  const text = await dropped.innerText();
  for (const slug of ['planted-js', 'planted-data', 'planted-offsite', 'planted-forever']) assert.match(text, new RegExp(`linkedin:${slug}`));
  assert.match(text, /url/);
  assert.match(text, /updatedAt/);
  await page.getByTestId('restore-mode-replace').check();
  await page.getByTestId('restore-confirm').click();
  await page.locator('[data-testid="restore-status"][data-state="done"]').waitFor();
  await storedContacts(page, 1);

  const popup = await env.browser.openExtensionPage('popup.html');
  await popup.getByTestId('contact-search').fill('');
  await popup.locator('[data-testid="contact-row"]').first().waitFor();
  const hrefs = await popup.locator('[data-testid="pp-row-open"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  assert.deepEqual(hrefs, ['https://www.linkedin.com/in/ada-valid/']);
  await popup.close();

  const csv = await env.browser.download(page, () => page.getByTestId('export-csv').click());
  assert.match(csv.text, /Ada Valid/);
  await page.close();
});

test('a formula-laden export: no piece of any cell starts a formula, whether the spreadsheet splits on , ; or tab', async () => {
  const page = await openOptions();
  const file = await backupFile(page, [
    person('formula-one', {
      name: 'Dev;=1+2',
      headline: 'Dev;=1+2',
      currentCompany: 'ACME;=HYPERLINK("https://evil.example/?x","click")',
      currentRole: 'Lead\t+SUM(A1:A9)',
      location: 'Berlin, @cmd',
    }),
  ]);
  await restore(page, file, 'replace');
  await page.locator('[data-testid="restore-status"][data-state="done"]').waitFor();
  const csv = await env.browser.download(page, () => page.getByTestId('export-csv').click());
  const text = csv.text.replace(/^\uFEFF/, '');
  assert.match(text, /HYPERLINK/);
  for (const delimiter of [',', ';', '\t']) {
    const { data } = Papa.parse(text, { delimiter, skipEmptyLines: true });
    for (const row of data) {
      for (const cell of row) assert.doesNotMatch(cell.replace(/^[ "]+/, ''), /^[=+\-@\t\r]/, `split on ${JSON.stringify(delimiter)}: ${cell}`);
    }
  }
  await page.close();
});

test('the service worker stopped in the middle of a replace-restore of 10,000 contacts: all old or all new', async (t) => {
  // Stopping the background mid-transaction needs CDP; Firefox has no driver command for it (README).
  if (!env.browser.restartBackground) return t.skip(`${env.browser.name} cannot stop the background on demand`);
  const page = await openOptions();
  const many = (prefix) => Array.from({ length: 10_000 }, (_, i) => person(`${prefix}-${i}`, { name: `${prefix} ${i}`, headline: 'Invented person for a fault test' }));
  await restore(page, await backupFile(page, many('old')), 'replace');
  await page.locator('[data-testid="restore-status"][data-state="done"]').waitFor({ timeout: 120_000 });
  await storedContacts(page, 10_000);

  const cdp = await env.browser.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await page.getByTestId('restore-file').setInputFiles(await backupFile(page, many('new')));
  await page.locator('[data-testid="restore-status"][data-state="preview"]').waitFor({ timeout: 120_000 });
  await page.getByTestId('restore-mode-replace').check();
  const before = await page.evaluate(newestSafetyBackup);
  await page.getByTestId('restore-confirm').click();
  // The safety copy is written right before the replace transaction starts: stop the worker the moment it appears.
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; ) {
    if ((await page.evaluate(newestSafetyBackup)) !== before) break;
  }
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.locator('[data-testid="restore-status"][data-state="done"], [data-testid="restore-status"][data-state="error"]').waitFor({ timeout: 120_000 });
  const outcome = await page.getByTestId('restore-status').getAttribute('data-state');

  // A fresh page wakes the worker again; the database must hold one whole side, never a mix.
  const check = await openOptions();
  await check.locator('[data-testid="storage-counts"]:not([data-contacts=""])').waitFor();
  const count = Number(await check.getByTestId('storage-counts').getAttribute('data-contacts'));
  assert.equal(count, 10_000, `all of one side, found ${count} (restore ${outcome})`);
  // Which side: the backup export lists every stored key; they must all be of one side.
  const [download] = await Promise.all([check.waitForEvent('download'), check.getByTestId('export-backup').click()]);
  const keys = JSON.parse(readFileSync(await download.path(), 'utf8')).contacts.map((c) => c.key);
  const old = keys.filter((key) => key.startsWith('linkedin:old-')).length;
  const fresh = keys.filter((key) => key.startsWith('linkedin:new-')).length;
  assert.ok((old === 10_000 && fresh === 0) || (fresh === 10_000 && old === 0), `one whole side (old: ${old}, new: ${fresh})`);
  if (outcome === 'error') assert.equal(old, 10_000, 'a restore reported as failed left the old data');
  console.log(`# fault test: restore ${outcome}; stored side: ${old ? 'old' : 'new'}`);
  await check.close();
  await page.close();
});

test('what a content script could read (storage.local) holds no personal data after tagging, a note draft and a popup search', async () => {
  const page = await env.browser.context.newPage();
  await page.goto('https://www.linkedin.com/in/eleanor-whitcombe-3a91b4/');
  const frame = sidebar(page);
  await frame.getByTestId('skill-input-teach').fill('JavaScript');
  await frame.getByTestId('skill-input-teach').press('Enter');
  await frame.getByTestId('contact-saved').waitFor();
  await frame.getByTestId('note-input').fill('Private draft about Eleanor, never saved');
  const popup = await env.browser.openExtensionPage('popup.html');
  await popup.getByTestId('contact-search').fill('Eleanor');
  await popup.getByTestId('contact-row').filter({ hasText: 'Eleanor Whitcombe' }).waitFor();
  const options = await env.browser.openExtensionPage('options.html');
  // The draft is written by the background after a pause in typing: sample storage.local for a while.
  for (const end = Date.now() + 2000; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) {
    const local = await options.evaluate(() => (globalThis.browser ?? globalThis.chrome).storage.local.get(null));
    // Only the two UI preferences may live there, as booleans.
    for (const [key, value] of Object.entries(local)) {
      assert.ok(['ui:sidebarCollapsed', 'ui:popupOverviewOpen'].includes(key), `storage.local holds "${key}"`);
      assert.equal(typeof value, 'boolean', `${key} is ${JSON.stringify(value)}`);
    }
    assert.doesNotMatch(JSON.stringify(local), /Eleanor|Private draft|JavaScript/);
  }
  await options.close();
  await popup.close();
  await page.close();
});
