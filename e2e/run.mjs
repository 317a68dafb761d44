// Runs every e2e test file with node's test runner, once per browser and one browser at a time (2 cores on
// CI): Chromium through playwright-core, then Firefox ESR through puppeteer-core (WebDriver BiDi).
// E2E_BROWSER=chromium or E2E_BROWSER=firefox runs one of them; extra arguments go to `node --test`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const dir = new URL('./tests/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.test.mjs'))
  .sort()
  .map((f) => new URL(f, dir).pathname);
const browsers = process.env.E2E_BROWSER ? process.env.E2E_BROWSER.split(',') : ['chromium', 'firefox'];

let status = 0;
for (const browser of browsers) {
  const started = Date.now();
  console.log(`\n# e2e in ${browser}`);
  const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...process.argv.slice(2), ...files], {
    stdio: 'inherit',
    env: { ...process.env, E2E_BROWSER: browser },
  });
  console.log(`# e2e in ${browser}: ${result.status === 0 ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s`);
  if (result.status !== 0) status = result.status ?? 1;
}
process.exit(status);
