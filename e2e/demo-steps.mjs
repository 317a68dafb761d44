// The demo's steps, apart from the command that runs them (e2e/demo.mjs) so a test can smoke-run them in either
// browser (e2e/tests/demo.test.mjs). They use only what both e2e drivers offer: Playwright-shaped pages and
// locators, `openExtensionPage`, `welcomePage` and `sidebar(page)`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { sidebar } from './support/browser.mjs';

export const DEMO_VIEWPORT = { width: 1400, height: 900 };

/** The demo user: an experienced manager who wants to learn today's digital tools. */
const ME = {
  name: 'Demo User',
  careerStart: '1994',
  teach: ['Corporate Strategy', 'Leadership', 'Negotiation'],
  learn: ['Generative AI', 'TikTok Marketing', 'Data Visualization'],
};
const LINNEA = 'https://www.linkedin.com/in/linnea-okafor-strand/';
export const MILA = 'https://www.linkedin.com/in/mila-kowalczyk-4b21a7231/';
const HENRIKE = 'https://de.linkedin.com/in/henrike-vossberg-7c2e41/';

/**
 * `browser` is an e2e driver (support/browser.mjs launchBrowser); screenshots go to `out`; `log` reports
 * progress. Returns the two halves of the demo: `setUp` (what a first-time user does) and `screenshots`.
 */
export function demoSteps({ browser, german = false, out, log = () => undefined }) {
  const { context } = browser;
  const note = german
    ? 'Beim Design-Meetup in Berlin kennengelernt.\nSie zeigt mir ihren KI-Prototyping-Workflow, ich helfe bei der Gehaltsverhandlung.'
    : 'Met at the Berlin design meetup.\nShe will show me her AI prototyping workflow; I help her prepare a salary negotiation.';

  /** The options tab the extension opens by itself on install (#welcome); our own one if it never comes. */
  async function optionsPage() {
    return browser.welcomePage().catch(() => browser.openExtensionPage('options.html'));
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
    const page = await context.newPage();
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
    await linnea.frame.getByTestId('note-input').fill(note);
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
    await page.setViewportSize({ width: DEMO_VIEWPORT.width, height: Math.min(Math.max(height + 2, DEMO_VIEWPORT.height), 6000) });
    await page.locator('#mentor-radar > iframe').screenshot({ path });
    await page.setViewportSize(DEMO_VIEWPORT);
  }

  const saved = [];
  const save = (path) => {
    saved.push(path);
    log(`saved ${path}`);
  };

  return {
    /** Fills in My profile and makes a few contacts, like a user trying the product for the first time. */
    async setUp({ screenshotWelcome = false } = {}) {
      const options = await optionsPage();
      await fillMyProfile(options);
      log('filled in My profile on the options page');
      if (screenshotWelcome) {
        mkdirSync(out, { recursive: true });
        await options.screenshot({ path: join(out, 'options-welcome.png'), fullPage: true });
        save(join(out, 'options-welcome.png'));
        await options.getByTestId('onboarding-done').click();
      }
      await makeContacts();
      log('tagged and noted Linnea Okafor-Strand, saved Mila Kowalczyk and Henrike Vossberg');
    },

    /** Every given profile with its sidebar, the outreach drafts, the popup and the settings page. */
    async screenshots(fixtures) {
      mkdirSync(out, { recursive: true });
      for (const fixture of fixtures) {
        const { page, frame } = await openProfile(fixture.url, fixture.name);
        const base = join(out, fixture.fixture.replace(/\.html$/, ''));
        await page.screenshot({ path: `${base}.png` });
        save(`${base}.png`);
        await screenshotWholeSidebar(page, frame, `${base}-sidebar.png`);
        save(`${base}-sidebar.png`);
        if (fixture.url === MILA) {
          // What a user sees after scrolling down to the outreach drafts.
          await frame.getByTestId('outreach').evaluate((el) => el.scrollIntoView({ block: 'start' }));
          await page.screenshot({ path: `${base}-outreach.png` });
          save(`${base}-outreach.png`);
        }
        await page.close();
      }

      const popup = await browser.openExtensionPage('popup.html', { viewport: { width: 460, height: 600 } });
      await popup.getByTestId('contact-row').nth(2).waitFor();
      await popup.screenshot({ path: join(out, 'popup.png') });
      save(join(out, 'popup.png'));
      await popup.getByTestId('contact-row').filter({ hasText: 'Linnea' }).getByTestId('pp-row-expand').click();
      await popup.getByTestId('pp-row-details').waitFor();
      await popup.screenshot({ path: join(out, 'popup-details.png') });
      save(join(out, 'popup-details.png'));
      await popup.close();

      const options = await browser.openExtensionPage('options.html');
      await options.getByTestId('my-teach-tag').nth(ME.teach.length - 1).waitFor();
      await options.screenshot({ path: join(out, 'options.png'), fullPage: true });
      save(join(out, 'options.png'));
      await options.close();
      return saved;
    },
  };
}
