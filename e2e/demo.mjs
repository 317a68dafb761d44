// `npm run demo`: try Mentor Radar without a LinkedIn account. Chromium with the built extension opens the
// bundled demo profiles, served from this machine under their real host names. With a display it opens a
// window; headless (no display, or DEMO_HEADLESS=1) it saves screenshots to demo-screenshots/ instead.
import { existsSync, mkdirSync } from 'node:fs';
import { CHROMIUM, launchBrowser, sidebar } from './support/browser.mjs';
import { startFixtureServer } from './support/server.mjs';
import { loadFixtures } from './support/routes.mjs';

if (!existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}. Install it (Debian/Ubuntu: sudo apt-get install chromium)`);
  console.error('or point CHROMIUM_PATH at a Chromium or Chrome for Testing binary.');
  process.exit(1);
}

const headless = process.env.DEMO_HEADLESS === '1' || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const server = await startFixtureServer();
const browser = await launchBrowser({ port: server.port, headless, viewport: { width: 1400, height: 900 } });
const fixtures = loadFixtures();

if (headless) {
  mkdirSync('demo-screenshots', { recursive: true });
  for (const fixture of fixtures) {
    const page = await browser.context.newPage();
    await page.goto(fixture.url);
    await sidebar(page).getByTestId('profile-name').filter({ hasText: fixture.name }).waitFor();
    const file = `demo-screenshots/${fixture.fixture.replace(/\.html$/, '')}.png`;
    await page.screenshot({ path: file });
    console.log(`saved ${file}  (${fixture.url})`);
    await page.close();
  }
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 440, height: 600 });
  await popup.goto(browser.extensionUrl('popup.html'));
  await popup.waitForTimeout(300);
  await popup.screenshot({ path: 'demo-screenshots/popup.png' });
  console.log('saved demo-screenshots/popup.png');
  await browser.close();
  await server.close();
} else {
  const [first] = browser.context.pages();
  const feed = first ?? (await browser.context.newPage());
  await feed.goto('https://www.linkedin.com/feed/');
  for (const fixture of fixtures) await (await browser.context.newPage()).goto(fixture.url);
  console.log('Mentor Radar demo is open. The links at the top of the feed tab navigate in-app, like LinkedIn.');
  console.log('Demo profiles:', fixtures.map((f) => f.url).join('  '));
  console.log('Close the browser window to end the demo.');
  await new Promise((resolve) => browser.context.on('close', resolve));
  await server.close();
}
