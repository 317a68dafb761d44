// `npm run demo` must not rot: its steps (e2e/demo-steps.mjs) run here in the browser of this run, cut down to
// one profile, in dark mode, and every screenshot is checked to be there at the size the demo promises.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { useBrowser } from '../support/harness.mjs';
import { sidebar } from '../support/browser.mjs';
import { loadFixtures } from '../support/routes.mjs';
import { DEMO_VIEWPORT, MILA, demoSteps } from '../demo-steps.mjs';

const env = useBrowser({ viewport: DEMO_VIEWPORT, colorScheme: 'dark' });
const SIDEBAR_WIDTH = 360;

/** Width and height from a PNG's header. */
function pngSize(path) {
  const bytes = readFileSync(path);
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', `${path} is a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the demo runs here: My profile, three contacts, then a profile with its whole sidebar, the popup and settings as screenshots', async () => {
  const out = mkdtempSync(join(tmpdir(), 'mentor-radar-demo-'));
  try {
    const demo = demoSteps({ browser: env.browser, out });
    await demo.setUp({ screenshotWelcome: true });
    const mila = loadFixtures().find((fixture) => fixture.url === MILA);
    const saved = await demo.screenshots([mila]);

    const base = mila.fixture.replace(/\.html$/, '');
    const names = saved.map((path) => path.slice(out.length + 1)).sort();
    assert.deepEqual(names, [`${base}-outreach.png`, `${base}-sidebar.png`, `${base}.png`, 'options-welcome.png', 'options.png', 'popup-details.png', 'popup.png'].sort());
    const size = (name) => pngSize(join(out, name));
    assert.deepEqual(size(`${base}.png`), DEMO_VIEWPORT);
    assert.deepEqual(size(`${base}-outreach.png`), DEMO_VIEWPORT);
    // The whole sidebar: its frame's width, taller than the window (the window was stretched for it).
    const whole = size(`${base}-sidebar.png`);
    assert.equal(whole.width, SIDEBAR_WIDTH);
    assert.ok(whole.height > DEMO_VIEWPORT.height, `whole sidebar ${whole.height} px tall`);
    assert.deepEqual(size('popup.png'), { width: 460, height: 600 });
    assert.ok(size('options.png').height > DEMO_VIEWPORT.height, 'settings as a full-page screenshot');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }

  // DEMO_DARK: the dark scheme reaches the sidebar inside the page and the extension's own pages.
  const page = await env.browser.context.newPage();
  await page.goto(MILA);
  const dark = () => matchMedia('(prefers-color-scheme: dark)').matches;
  assert.equal(await sidebar(page).locator('body').evaluate(dark), true, 'sidebar in dark mode');
  await page.close();
  const popup = await env.browser.openExtensionPage('popup.html');
  assert.equal(await popup.evaluate(dark), true, 'popup in dark mode');
  await popup.close();
});
