// `npm run demo`: try Mentor Radar without a LinkedIn account. Chromium (or Firefox) with the built extension
// opens the bundled demo profiles, served from this machine under their real host names. First it fills in a
// demo "My profile" on the options page (as a user would), tags and notes one person and saves a few more, so
// the match card, the outreach drafts and the popup have something to show (e2e/demo-steps.mjs). With a display
// it leaves the windows open; headless (no display, or DEMO_HEADLESS=1) it saves screenshots instead.
//   DEMO_BROWSER=firefox  Firefox ESR instead of Chromium (screenshots in demo-screenshots/firefox/)
//   DEMO_LANG=de          German browser and UI (screenshots in demo-screenshots/de/)
//   DEMO_DARK=1           dark colour scheme (screenshots in demo-screenshots/dark/ or de-dark/)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, launchBrowser } from './support/browser.mjs';
import { FIREFOX } from './support/firefox.mjs';
import { startFixtureServer } from './support/server.mjs';
import { loadFixtures } from './support/routes.mjs';
import { DEMO_VIEWPORT, demoSteps } from './demo-steps.mjs';

const firefox = process.env.DEMO_BROWSER === 'firefox';
if (process.env.DEMO_BROWSER && !['firefox', 'chromium'].includes(process.env.DEMO_BROWSER)) {
  console.error(`DEMO_BROWSER=${process.env.DEMO_BROWSER}: use chromium (the default) or firefox.`);
  process.exit(1);
}
if (firefox && !existsSync(FIREFOX)) {
  console.error(`Firefox not found at ${FIREFOX}. Install it (Debian/Ubuntu: sudo apt-get install firefox-esr)`);
  console.error('or point FIREFOX_PATH at a Firefox 140+ binary.');
  process.exit(1);
}
if (!firefox && !existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}. Install it (Debian/Ubuntu: sudo apt-get install chromium)`);
  console.error('or point CHROMIUM_PATH at a Chromium or Chrome for Testing binary.');
  process.exit(1);
}

const started = Date.now();
const headless = process.env.DEMO_HEADLESS === '1' || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const german = process.env.DEMO_LANG === 'de';
const dark = process.env.DEMO_DARK === '1';
const variant = [german && 'de', dark && 'dark'].filter(Boolean).join('-');
const OUT = join('demo-screenshots', ...(firefox ? ['firefox'] : []), ...(variant ? [variant] : []));
const step = (text) => console.log(`${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s  ${text}`);

const server = await startFixtureServer();
const browser = await launchBrowser({
  browser: firefox ? 'firefox' : 'chromium',
  port: server.port,
  headless,
  viewport: DEMO_VIEWPORT,
  lang: german ? 'de-DE' : 'en-US',
  colorScheme: dark ? 'dark' : undefined,
});
const fixtures = loadFixtures();
const demo = demoSteps({ browser, german, out: OUT, log: step });

let failed = false;
try {
  await demo.setUp({ screenshotWelcome: headless });
  if (headless) {
    await demo.screenshots(fixtures);
    step(`done: screenshots in ${OUT}/`);
  }
} catch (error) {
  console.error(error);
  if (firefox) console.error(browser.recentOutput());
  failed = true;
  process.exitCode = 1;
}

if (headless || failed) {
  await browser.close();
  await server.close();
} else {
  const { context } = browser;
  // Chromium's window starts with an empty tab: it becomes the feed. The options tab (welcome) stays open too.
  const blank = context.pages?.().find((p) => p.url() === 'about:blank');
  const feed = blank ?? (await context.newPage());
  await feed.goto('https://www.linkedin.com/feed/');
  for (const fixture of fixtures) await (await context.newPage()).goto(fixture.url);
  await feed.bringToFront();
  console.log('Mentor Radar demo is open. The links at the top of the feed tab navigate in-app, like LinkedIn.');
  console.log('Demo profiles:', fixtures.map((f) => f.url).join('  '));
  console.log('Close the browser window to end the demo.');
  await browser.whenClosed();
  await server.close();
}
