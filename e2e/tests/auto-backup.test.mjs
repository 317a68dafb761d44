// Automatic backups through the real options page, in Chromium and Firefox: turning the schedule on, the
// schedule's alarm firing (the background's own alarm, also triggered from an extension page as a test
// would: no waiting for a real week), the reminder (notification + banner) with a one-click download, and
// the downloaded file restoring. Chromium also writes into a folder: an origin-private folder
// (navigator.storage.getDirectory) stands in for one picked with showDirectoryPicker, which headless
// Chromium cannot drive. The tests run in order on one browser profile.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useBrowser } from '../support/harness.mjs';

const env = useBrowser();
const FIXTURE = new URL('../../tests/fixtures-data/Connections.csv', import.meta.url).pathname;
const OUR_FILE = /^mentor-radar-backup-auto-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.json$/;
const AUTO_BACKUP_ALARM = 'mentor-radar:auto-backup';
const AUTO_BACKUP_NOTIFICATION = 'mentor-radar:auto-backup';
let downloaded = null;

async function openOptions() {
  const page = await env.browser.openExtensionPage('options.html');
  await page.getByTestId('auto-backup-status').waitFor();
  return page;
}

const statusIs = (page, state) => page.locator(`[data-testid="auto-backup-status"][data-state="${state}"]`).waitFor();

async function waitForNotification(id) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const ids = await env.browser.notificationIds();
    if (ids.includes(id)) return ids;
    if (Date.now() > deadline) throw new Error(`no notification ${id} (have: ${ids.join(', ')})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** What a test can do from any extension page: make the schedule's alarm fire now. */
function fireAlarm(page, name) {
  return page.evaluate((alarm) => (globalThis.browser ?? globalThis.chrome).alarms.create(alarm, { when: Date.now() }), name);
}

test('turned on, the schedule’s alarm makes a backup; the reminder downloads it in one click', async () => {
  const page = await openOptions();
  await page.getByTestId('import-file').setInputFiles(FIXTURE);
  await page.locator('[data-testid="import-status"][data-state="done"]').waitFor();
  await statusIs(page, 'off');
  assert.equal(await page.getByTestId('auto-backup-enabled').isChecked(), false);
  assert.equal(await page.getByTestId('auto-backup-interval').inputValue(), 'weekly');
  assert.equal(await page.getByTestId('auto-backup-keep').inputValue(), '5');

  await page.getByTestId('auto-backup-interval').selectOption('daily');
  await page.locator('[data-testid="auto-backup-interval"]:not([disabled])').waitFor();
  await page.getByTestId('auto-backup-keep').fill('3');
  await page.locator('[data-testid="auto-backup-keep"]:not([disabled])').waitFor();
  await page.getByTestId('auto-backup-enabled').check();
  // Never backed up: due now. The background's alarm fires at once; firing it from here as well changes nothing.
  await fireAlarm(page, AUTO_BACKUP_ALARM);

  const reminder = page.locator('[data-testid="auto-backup-reminder"][data-state="download"]');
  await reminder.waitFor();
  await statusIs(page, 'download');
  assert.match(await reminder.innerText(), /Your automatic backup of .+ is ready/);
  await waitForNotification(AUTO_BACKUP_NOTIFICATION);
  assert.equal(await page.getByTestId('auto-backup-copy').count(), 1);

  const download = await env.browser.download(page, () => page.getByTestId('auto-backup-download').click());
  assert.match(download.suggestedFilename, OUR_FILE);
  downloaded = download.text;
  const backup = JSON.parse(downloaded);
  assert.equal(backup.format, 'mentor-radar-backup');
  assert.equal(backup.contacts.length, 6);
  assert.deepEqual(backup.settings.find((row) => row.key === 'autoBackup')?.value, { enabled: true, interval: 'daily', keep: 3 });

  // Saved: the banner goes, the copy says so, and the 30-day "never backed up" reminder is satisfied.
  await statusIs(page, 'ok');
  assert.equal(await page.getByTestId('auto-backup-reminder').count(), 0);
  await page.locator('[data-testid="auto-backup-copy"][data-saved="true"]').waitFor();
  await page.getByTestId('last-backup').waitFor();

  // Reopened, the page shows the same schedule.
  await page.reload();
  await statusIs(page, 'ok');
  assert.equal(await page.getByTestId('auto-backup-enabled').isChecked(), true);
  assert.equal(await page.getByTestId('auto-backup-interval').inputValue(), 'daily');
  assert.equal(await page.getByTestId('auto-backup-keep').inputValue(), '3');
  await page.close();
});

test('the downloaded automatic backup restores everything, the schedule included', async () => {
  assert.ok(downloaded, 'the first test downloaded a backup');
  const page = await openOptions();
  await page.getByTestId('delete-all').click();
  await page.getByTestId('delete-confirm-input').fill('DELETE');
  await page.getByTestId('delete-confirm').click();
  await page.locator('[data-testid="delete-status"][data-state="done"]').waitFor();
  await page.locator('[data-testid="storage-counts"][data-contacts="0"]').waitFor();
  await statusIs(page, 'off');

  await page.getByTestId('restore-file').setInputFiles({ name: 'auto.json', mimeType: 'application/json', buffer: Buffer.from(downloaded) });
  await page.locator('[data-testid="restore-status"][data-state="preview"]').waitFor();
  await page.getByTestId('restore-mode-replace').check();
  await page.getByTestId('restore-confirm').click();
  await page.locator('[data-testid="restore-status"][data-state="done"]').waitFor();
  await page.locator('[data-testid="storage-counts"][data-contacts="6"]').waitFor();

  // The schedule came back with the data; this browser never ran it, so a backup is due and offered again.
  await page.reload();
  assert.equal(await page.getByTestId('auto-backup-enabled').isChecked(), true);
  assert.equal(await page.getByTestId('auto-backup-interval').inputValue(), 'daily');
  await page.locator('[data-testid="auto-backup-reminder"][data-state="download"]').waitFor();
  await page.close();
});

test('Chromium: the background writes into the folder and keeps only the newest of our files', async (t) => {
  if (env.browser.name !== 'chromium') return t.skip('no File System Access in this browser: reminders and downloads instead');
  const page = await openOptions();
  await statusIs(page, 'download');
  // A folder with the user's own files, a manual backup, and four older automatic ones of ours.
  const old = ['2020-01-01T08-00-00Z', '2020-01-02T08-00-00Z', '2020-01-03T08-00-00Z', '2020-01-04T08-00-00Z'].map(
    (time) => `mentor-radar-backup-auto-${time}.json`,
  );
  const theirs = ['holiday.jpg', 'mentor-radar-backup-2020-01-01.json', 'mentor-radar-backup-auto-2020-01-01T08-00-00Z (1).json'];
  await page.evaluate(
    async ({ files }) => {
      const root = await navigator.storage.getDirectory();
      const folder = await root.getDirectoryHandle('Backups', { create: true });
      for (const name of files) {
        const writable = await (await folder.getFileHandle(name, { create: true })).createWritable();
        await writable.write('not ours to judge');
        await writable.close();
      }
      // What the "Choose folder" button stores after showDirectoryPicker (utils/backup-schedule/folder-store.ts).
      await new Promise((resolve, reject) => {
        const open = indexedDB.open('mentor-radar-backup-folder', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('handles');
        open.onsuccess = () => {
          const tx = open.result.transaction('handles', 'readwrite');
          tx.objectStore('handles').put(folder, 'backupFolder');
          tx.oncomplete = () => resolve(undefined);
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      });
    },
    { files: [...old, ...theirs] },
  );

  // This page has not loaded the folder (it reads it when opened), so only the background can write it.
  await page.getByTestId('auto-backup-now').click();
  await statusIs(page, 'ok');
  const names = await page.evaluate(async () => {
    const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('Backups');
    const out = {};
    for await (const handle of folder.values()) out[handle.name] = await (await handle.getFile()).text();
    return out;
  });
  const ours = Object.keys(names).filter((name) => /^mentor-radar-backup-auto-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.json$/.test(name));
  const written = ours.filter((name) => !old.includes(name));
  assert.equal(written.length, 1, `one new file: ${Object.keys(names).join(', ')}`);
  assert.equal(JSON.parse(names[written[0]]).contacts.length, 6);
  // Keep 3: the new file and the two newest old ones; the user's files all stay.
  assert.deepEqual(ours.sort(), [...old.slice(2), written[0]].sort());
  for (const name of theirs) assert.ok(name in names, `${name} is still there`);

  await page.reload();
  await page.locator('[data-testid="auto-backup-folder-choice"][data-folder="Backups"][data-permission="granted"]').waitFor();
  await statusIs(page, 'ok');
  assert.match(await page.getByTestId('auto-backup-status').innerText(), new RegExp(`Saved as ${written[0].replace(/[.]/g, '\\.')} in “Backups”`));
  await page.close();
});

test('Firefox: no folder is offered; the panel says why and how backups reach the user', async (t) => {
  if (env.browser.name !== 'firefox') return t.skip('Chromium offers a folder');
  const page = await openOptions();
  await page.getByTestId('auto-backup-folder-unsupported').waitFor();
  assert.equal(await page.getByTestId('auto-backup-folder').count(), 0);
  await page.close();
});
