// Firefox suspends an idle event page (extensions.background.idle.timeout, 30 s by default) even while it still
// owes a page an answer; a long import or restore would be cut off ("No response"). This file launches Firefox
// with the timeout shortened to a few seconds so that happens within a test, and checks that the settings page
// keeps the background awake until it has its answer (utils/messaging/keep-awake.ts). Chromium's service
// worker has no such timeout to shorten (a pending message keeps it alive), so the file runs in Firefox only.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useBrowser } from '../support/harness.mjs';
import { IDLE_TIMEOUT_PREF } from '../support/firefox.mjs';
import { importForNode } from '../bench/bundle.mjs';

// Long enough that the settings page's pings (every second) get through while the background is busy with
// a long synchronous step (up to ~1.5 s measured). The network is big enough that its replace-restore outlives the
// timeout on an unloaded machine too (10,000 contacts took 3.7 s there, under the timeout: the test proved nothing).
const IDLE_MS = 5000;
const ROWS = 25_000;
const COUNT = ROWS.toLocaleString('en-US');
const env = useBrowser({ prefs: { [IDLE_TIMEOUT_PREF]: IDLE_MS } });
/** Skips the test outside Firefox; true when it did. */
function notFirefox(t) {
  if (env.browser.name === 'firefox') return false;
  t.skip('the idle timeout to shorten is Firefox’s');
  return true;
}

async function openOptions() {
  const page = await env.browser.openExtensionPage('options.html');
  await page.getByTestId('data-section').waitFor();
  return page;
}

test('with the short idle timeout, Firefox really suspends the idle background (and the next message wakes it)', async (t) => {
  if (notFirefox(t)) return;
  const started = await env.browser.backgroundStartedAt();
  await env.browser.restartBackground();
  assert.notEqual(await env.browser.backgroundStartedAt(), started);
});

test('an import and a replace-restore of 25,000 contacts that outlive the idle timeout are not cut off', async (t) => {
  if (notFirefox(t)) return;
  const { generateConnectionsCsv } = await importForNode("export { generateConnectionsCsv } from './utils/data/sample-connections.ts';");
  const page = await openOptions();

  const importStart = await env.browser.backgroundStartedAt();
  await page.getByTestId('import-file').setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from(generateConnectionsCsv(ROWS)) });
  const imported = page.locator('[data-testid="import-status"][data-state="done"], [data-testid="import-status"][data-state="error"]');
  await imported.waitFor({ timeout: 120_000 });
  assert.match(await imported.innerText(), new RegExp(`${COUNT} added`));
  assert.equal(await env.browser.backgroundStartedAt(), importStart, 'the background ran through the import');
  await page.locator(`[data-testid="storage-counts"][data-contacts="${ROWS}"]`).waitFor({ timeout: 120_000 });

  // Replace everyone with renamed copies: the restore takes several idle timeouts.
  const backup = JSON.parse((await env.browser.download(page, () => page.getByTestId('export-backup').click(), { timeout: 60_000 })).text);
  backup.contacts = backup.contacts.map((contact) => ({ ...contact, name: `${contact.name} (restored)` }));
  await page.getByTestId('restore-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  const previewed = page.locator('[data-testid="restore-status"][data-state="preview"], [data-testid="restore-status"][data-state="error"]');
  await previewed.waitFor({ timeout: 120_000 });
  assert.equal(await previewed.getAttribute('data-state'), 'preview', await previewed.innerText());
  await page.getByTestId('restore-mode-replace').check();
  const restoreStart = await env.browser.backgroundStartedAt();
  const clicked = Date.now();
  await page.getByTestId('restore-confirm').click();
  const restored = page.locator('[data-testid="restore-status"][data-state="done"], [data-testid="restore-status"][data-state="error"]');
  await restored.waitFor({ timeout: 120_000 });
  const took = Date.now() - clicked;
  assert.match(await restored.innerText(), new RegExp(`${COUNT} updated`));
  assert.equal(await env.browser.backgroundStartedAt(), restoreStart, 'the background ran through the restore');
  console.log(`# replace-restore of ${ROWS} took ${took} ms with a ${IDLE_MS} ms idle timeout`);
  // Without this the test would prove nothing: the restore must have lasted longer than the idle timeout.
  assert.ok(took > IDLE_MS, `the restore (${took} ms) outlived the idle timeout (${IDLE_MS} ms)`);
  await page.close();
});
