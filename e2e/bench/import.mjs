import { importForNode } from './bundle.mjs';
import { median } from '../support/stats.mjs';

const ROWS = 10_000;

/** The same synthetic Connections.csv the unit tests use (utils/data/sample-connections.ts). */
async function connectionsCsv(count) {
  const { generateConnectionsCsv } = await importForNode(
    "export { generateConnectionsCsv } from './utils/data/sample-connections.ts';",
  );
  return generateConnectionsCsv(count);
}

/** Times from the file input's change event to `import-status` showing data-state="done", measured in the page. */
async function timeOneImport(page, csv) {
  await page.evaluate(() => {
    window.__importTiming = new Promise((resolve) => {
      const input = document.querySelector('[data-testid="import-file"]');
      let start = 0;
      input.addEventListener('change', () => (start = performance.now()), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        const status = document.querySelector('[data-testid="import-status"]');
        const state = status?.getAttribute('data-state');
        if (start && (state === 'done' || state === 'error')) {
          observer.disconnect();
          resolve({ ms: performance.now() - start, state, text: status.textContent });
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
    });
  });
  await page.getByTestId('import-file').setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const timing = await page.evaluate(() => window.__importTiming);
  if (timing.state !== 'done') throw new Error(`import failed: ${timing.text}`);
  return timing;
}

async function deleteAll(page) {
  await page.getByTestId('delete-all').click();
  await page.getByTestId('delete-confirm-input').fill('DELETE');
  await page.getByTestId('delete-confirm').click();
  await page.locator('[data-testid="delete-status"][data-state="done"]').waitFor({ timeout: 30000 });
  await page.locator('[data-testid="storage-counts"][data-contacts="0"]').waitFor({ timeout: 30000 });
}

/**
 * 10,000-row Connections.csv through the real options page: read, parse (worker), send, plan and write in one
 * transaction, summary shown. Each run starts from an empty database ("Delete all my data" in between).
 */
export async function benchImport(browser, runs, record) {
  const csv = await connectionsCsv(ROWS);
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('options.html'));
  await page.getByTestId('data-section').waitFor();
  const times = [];
  const count = Math.max(3, Math.min(runs, 7)); // each run writes 20,000 records: fewer runs than the rest
  for (let i = 0; i < count; i++) {
    const { ms, text } = await timeOneImport(page, csv);
    if (!text.includes('10,000 added')) throw new Error(`unexpected summary: ${text}`);
    times.push(ms);
    await deleteAll(page);
  }
  await page.close();
  record(
    `import ${ROWS.toLocaleString('en-US')}-row Connections.csv (options page, end to end)`,
    median(times),
    'ms',
    '≤ 2000',
    `${(csv.length / 1e6).toFixed(1)} MB, median of ${count}`,
  );
}
