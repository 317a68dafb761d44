// `npm run demo`: try Mentor Radar without a LinkedIn account. Chromium with the built extension opens the
// bundled demo profiles, served from this machine under their real host names. First it fills in a demo
// "My profile" on the options page (as a user would), tags and notes one person and saves a few more, so the
// match card, the outreach drafts and the popup have something to show. With a display it leaves the
// windows open; headless (no display, or DEMO_HEADLESS=1) it saves screenshots to demo-screenshots/ instead.
//   DEMO_LANG=de   German browser and UI (screenshots in demo-screenshots/de/)
//   DEMO_DARK=1    dark colour scheme (screenshots in demo-screenshots/dark/ or de-dark/)
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, launchBrowser, sidebar } from './support/browser.mjs';
import { startFixtureServer } from './support/server.mjs';
import { loadFixtures } from './support/routes.mjs';

if (!existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}. Install it (Debian/Ubuntu: sudo apt-get install chromium)`);
  console.error('or point CHROMIUM_PATH at a Chromium or Chrome for Testing binary.');
  process.exit(1);
}

const started = Date.now();
const headless = process.env.DEMO_HEADLESS === '1' || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const german = process.env.DEMO_LANG === 'de';
const dark = process.env.DEMO_DARK === '1';
const variant = [german && 'de', dark && 'dark'].filter(Boolean).join('-');
const OUT = variant ? join('demo-screenshots', variant) : 'demo-screenshots';
const VIEWPORT = { width: 1400, height: 900 };

/** The demo user: an experienced manager who wants to learn today's digital tools. */
const ME = {
  name: 'Demo User',
  careerStart: '1994',
  teach: ['Corporate Strategy', 'Leadership', 'Negotiation'],
  learn: ['Generative AI', 'TikTok Marketing', 'Data Visualization'],
};
const LINNEA = 'https://www.linkedin.com/in/linnea-okafor-strand/';
const MILA = 'https://www.linkedin.com/in/mila-kowalczyk-4b21a7231/';
const HENRIKE = 'https://de.linkedin.com/in/henrike-vossberg-7c2e41/';
const NOTE = german
  ? 'Beim Design-Meetup in Berlin kennengelernt.\nSie zeigt mir ihren KI-Prototyping-Workflow, ich helfe bei der Gehaltsverhandlung.'
  : 'Met at the Berlin design meetup.\nShe will show me her AI prototyping workflow; I help her prepare a salary negotiation.';

const server = await startFixtureServer();
const browser = await launchBrowser({
  port: server.port,
  headless,
  viewport: VIEWPORT,
  lang: german ? 'de-DE' : 'en-US',
});
const { context, extensionUrl } = browser;
const fixtures = loadFixtures();
const step = (text) => console.log(`${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s  ${text}`);

/** New tab, in the chosen colour scheme (emulated per page; it reaches the sidebar iframe too). */
async function newPage() {
  const page = await context.newPage();
  if (dark) await page.emulateMedia({ colorScheme: 'dark' });
  return page;
}

/** The options tab the extension opens by itself on install (#welcome); our own one if it never comes. */
async function optionsPage() {
  const isWelcome = (p) => p.url().includes('/options.html#welcome');
  const page =
    context.pages().find(isWelcome) ??
    (await context.waitForEvent('page', { predicate: isWelcome, timeout: 5000 }).catch(() => null));
  if (page) {
    if (dark) await page.emulateMedia({ colorScheme: 'dark' });
    return page;
  }
  const own = await newPage();
  await own.goto(extensionUrl('options.html'));
  return own;
}

/** Types each skill into a tag field and presses Enter, waiting for its chip like a user would. */
async function addSkills(page, testId, chipTestId, skills) {
  const input = page.getByTestId(testId);
  const chips = page.getByTestId(chipTestId);
  for (const skill of skills) {
    const before = await chips.count();
    await input.fill(skill);
    await input.press('Enter');
    await chips.nth(before).waitFor();
  }
}

async function fillMyProfile(options) {
  await options.getByTestId('my-teach-skills').waitFor();
  await addSkills(options, 'my-teach-skills', 'my-teach-tag', ME.teach);
  await addSkills(options, 'my-learn-skills', 'my-learn-tag', ME.learn);
  await options.getByTestId('my-career-start').fill(ME.careerStart);
  await options.getByTestId('my-name').fill(ME.name);
  await options.getByTestId('my-name').blur();
  await options.locator('[data-testid="my-profile-status"][data-state="saved"]').waitFor();
}

/** Opens a profile and waits until its sidebar shows the person and the match card. */
async function openProfile(url, name) {
  const page = await newPage();
  await page.goto(url);
  const frame = sidebar(page);
  if (name) await frame.getByTestId('profile-name').filter({ hasText: name }).waitFor();
  await frame.getByTestId('match-card').waitFor();
  return { page, frame };
}

/** Makes the demo data: one person tagged with a note, two more saved (the popup then has rows). */
async function makeContacts() {
  const linnea = await openProfile(LINNEA, 'Linnea Okafor-Strand');
  await linnea.frame.getByTestId('skill-input-teach').fill('Generative AI');
  await linnea.frame.getByTestId('skill-input-teach').press('Enter');
  await linnea.frame.getByTestId('tag-teach').first().waitFor();
  await linnea.frame.getByTestId('note-input').fill(NOTE);
  await linnea.frame.getByTestId('note-save').click();
  await linnea.frame.getByTestId('note-item').first().waitFor();
  await linnea.frame.getByTestId('contact-status').selectOption('conversation');
  await linnea.frame.locator('[data-event="status-changed"]').waitFor();
  const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  await linnea.frame.getByTestId('follow-up-date').fill(inAWeek);
  await linnea.frame.locator('[data-event="follow-up-set"]').waitFor();
  for (const url of [MILA, HENRIKE]) {
    const { page, frame } = await openProfile(url);
    await frame.getByTestId('save-contact').click();
    await frame.getByTestId('contact-saved').waitFor();
    await page.close();
  }
  await linnea.page.close();
}

/** The whole sidebar, however long: the window is made tall enough for it, then set back. */
async function screenshotWholeSidebar(page, frame, path) {
  const height = await frame.locator('.sidebar').evaluate((el) => {
    const content = el.querySelector('.content');
    return el.scrollHeight - (content?.clientHeight ?? 0) + (content?.scrollHeight ?? 0);
  });
  await page.setViewportSize({ width: VIEWPORT.width, height: Math.min(Math.max(height + 2, VIEWPORT.height), 6000) });
  await page.locator('#mentor-radar > iframe').screenshot({ path });
  await page.setViewportSize(VIEWPORT);
}

async function screenshots() {
  const saved = (file) => step(`saved ${file}`);
  for (const fixture of fixtures) {
    const { page, frame } = await openProfile(fixture.url, fixture.name);
    const base = join(OUT, fixture.fixture.replace(/\.html$/, ''));
    await page.screenshot({ path: `${base}.png` });
    saved(`${base}.png`);
    await screenshotWholeSidebar(page, frame, `${base}-sidebar.png`);
    saved(`${base}-sidebar.png`);
    if (fixture.url === MILA) {
      // What a user sees after scrolling down to the outreach drafts.
      await frame.getByTestId('outreach').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: `${base}-outreach.png` });
      saved(`${base}-outreach.png`);
    }
    await page.close();
  }

  const popup = await newPage();
  await popup.setViewportSize({ width: 460, height: 600 });
  await popup.goto(extensionUrl('popup.html'));
  await popup.getByTestId('contact-row').nth(2).waitFor();
  await popup.screenshot({ path: join(OUT, 'popup.png') });
  saved(join(OUT, 'popup.png'));
  await popup.getByTestId('contact-row').filter({ hasText: 'Linnea' }).getByTestId('pp-row-expand').click();
  await popup.getByTestId('pp-row-details').waitFor();
  await popup.screenshot({ path: join(OUT, 'popup-details.png') });
  saved(join(OUT, 'popup-details.png'));
  await popup.close();

  const options = await newPage();
  await options.goto(extensionUrl('options.html'));
  await options.getByTestId('my-teach-tag').nth(ME.teach.length - 1).waitFor();
  await options.screenshot({ path: join(OUT, 'options.png'), fullPage: true });
  saved(join(OUT, 'options.png'));
  await options.close();
}

/** Fills in My profile and makes a few contacts, like a user trying the product for the first time. */
async function setUp() {
  const options = await optionsPage();
  await fillMyProfile(options);
  step('filled in My profile on the options page');
  if (headless) {
    mkdirSync(OUT, { recursive: true });
    await options.screenshot({ path: join(OUT, 'options-welcome.png'), fullPage: true });
    await options.getByTestId('onboarding-done').click();
  }
  await makeContacts();
  step('tagged and noted Linnea Okafor-Strand, saved Mila Kowalczyk and Henrike Vossberg');
}

let failed = false;
try {
  await setUp();
  if (headless) {
    await screenshots();
    step(`done: screenshots in ${OUT}/`);
  }
} catch (error) {
  console.error(error);
  failed = true;
  process.exitCode = 1;
}

if (headless || failed) {
  await browser.close();
  await server.close();
} else {
  // The window's first, empty tab becomes the feed; the options tab (welcome) stays open too.
  const feed = context.pages().find((p) => p.url() === 'about:blank') ?? (await context.newPage());
  await feed.goto('https://www.linkedin.com/feed/');
  for (const fixture of fixtures) await (await context.newPage()).goto(fixture.url);
  await feed.bringToFront();
  console.log('Mentor Radar demo is open. The links at the top of the feed tab navigate in-app, like LinkedIn.');
  console.log('Demo profiles:', fixtures.map((f) => f.url).join('  '));
  console.log('Close the browser window to end the demo.');
  await new Promise((resolve) => context.on('close', resolve));
  await server.close();
}
