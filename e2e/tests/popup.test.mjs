import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sidebar } from '../support/browser.mjs';
import { IDLE_TIMEOUT_PREF } from '../support/firefox.mjs';
import { useBrowser, waitForExactText } from '../support/harness.mjs';

// Firefox: a short idle timeout, so the event page is really suspended when a test restarts the background.
const env = useBrowser({ prefs: { [IDLE_TIMEOUT_PREF]: 5000 } });
const ELEANOR = 'https://www.linkedin.com/in/eleanor-whitcombe-3a91b4/';
const MILA = 'https://www.linkedin.com/in/mila-kowalczyk-4b21a7231/';
const KATRIN = 'https://www.xing.com/profile/Katrin_Hollweg';

async function openPopup() {
  return env.browser.openExtensionPage('popup.html', { viewport: { width: 460, height: 600 } });
}

async function saveViaSidebar(url) {
  const page = await env.browser.context.newPage();
  await page.goto(url);
  const frame = sidebar(page);
  await frame.getByTestId('save-contact').click();
  // Either the saved mark or the sidebar's error: a failed save reports what the user was told.
  await frame.locator('[data-testid="contact-saved"], [role="alert"]').first().waitFor();
  if (!(await frame.getByTestId('contact-saved').isVisible())) {
    assert.fail(`saving ${url} failed in the sidebar: ${await frame.getByRole('alert').innerText()}`);
  }
  await page.close();
}

/** Waits until the list shows exactly these names (in any order): the previous result may have as many rows. */
async function expectNames(popup, names) {
  const want = [...names].sort();
  await popup
    .waitForFunction(
      (w) => {
        const shown = [...document.querySelectorAll('[data-testid="contact-row"] .pp-row-name')].map((el) => el.textContent.trim());
        return JSON.stringify(shown.sort()) === JSON.stringify(w);
      },
      want,
      { timeout: 10_000 },
    )
    .catch(() => undefined); // the assertion below reports what is shown instead
  const shown = await popup.getByTestId('contact-row').locator('.pp-row-name').allInnerTexts();
  assert.deepEqual([...shown].sort(), want);
}

const rowOf = (popup, name) => popup.getByTestId('contact-row').filter({ hasText: name });

test('a new user sees what to do; saved contacts are listed, searched, filtered and opened', async () => {
  const empty = await openPopup();
  await empty.getByTestId('popup-empty').waitFor();
  assert.match(await empty.getByTestId('popup-empty').innerText(), /LinkedIn/);
  await empty.close();

  for (const url of [ELEANOR, MILA, KATRIN]) await saveViaSidebar(url);

  const popup = await openPopup();
  await expectNames(popup, ['Eleanor Whitcombe', 'Mila Kowalczyk', 'Katrin Hollweg']);
  assert.match(await rowOf(popup, 'Katrin Hollweg').innerText(), /Leiterin Einkauf/);
  // All three were just saved: the overview counts exactly three ideas (not just any "3" on it).
  assert.match((await popup.getByTestId('pp-status-count-idea').innerText()).trim(), /^Idea\s+3$/);

  // Skills are found by their name in the other language: Katrin's profile says "Verhandlungsführung".
  const search = popup.getByTestId('contact-search');
  await search.fill('Negotiation');
  await expectNames(popup, ['Katrin Hollweg']);
  // ... and Mila's headline names "Generative AI", found by its German name.
  await search.fill('generative ki');
  await expectNames(popup, ['Mila Kowalczyk']);
  await search.fill('brightwater');
  await expectNames(popup, ['Eleanor Whitcombe']);
  await search.fill('');
  await expectNames(popup, ['Eleanor Whitcombe', 'Mila Kowalczyk', 'Katrin Hollweg']);

  // Expand a row (keyboard: → on the row), change the status there, then filter by status.
  await rowOf(popup, 'Katrin Hollweg').getByTestId('pp-row-open').focus();
  await popup.keyboard.press('ArrowRight');
  const details = rowOf(popup, 'Katrin Hollweg').getByTestId('pp-row-details');
  await details.waitFor();
  await details.getByTestId('pp-timeline-item').first().waitFor();
  await details.getByTestId('pp-row-status').selectOption('contacted');
  await rowOf(popup, 'Katrin Hollweg').getByTestId('pp-row-status-label').filter({ hasText: 'Contacted' }).waitFor();

  await popup.getByTestId('pp-filters-toggle').click();
  await popup.getByTestId('pp-status-filter-contacted').click();
  await expectNames(popup, ['Katrin Hollweg']);
  await popup.getByTestId('pp-clear').click();
  await expectNames(popup, ['Eleanor Whitcombe', 'Mila Kowalczyk', 'Katrin Hollweg']);

  // Clicking a row opens the profile in a new tab.
  const [tab] = await Promise.all([
    env.browser.context.waitForEvent('page'),
    rowOf(popup, 'Eleanor Whitcombe').getByTestId('pp-row-open').click(),
  ]);
  await tab.waitForURL(ELEANOR);
  await tab.close();

  // The query survives closing and reopening the popup.
  await search.fill('hollweg');
  await expectNames(popup, ['Katrin Hollweg']);
  await popup.close();
  const again = await openPopup();
  await expectNames(again, ['Katrin Hollweg']);
  assert.equal(await again.getByTestId('contact-search').inputValue(), 'hollweg');
  await again.getByTestId('pp-clear').click();
  await expectNames(again, ['Eleanor Whitcombe', 'Mila Kowalczyk', 'Katrin Hollweg']);
  await again.close();
});

test('a follow-up in the past shows as due, badges the toolbar button and raises a notification', async () => {
  const popup = await openPopup();
  await expectNames(popup, ['Eleanor Whitcombe', 'Mila Kowalczyk', 'Katrin Hollweg']);
  const row = rowOf(popup, 'Mila Kowalczyk');
  await row.getByTestId('pp-row-expand').click();
  const yesterday = new Date(Date.now() - 24 * 3600 * 1000);
  const day = `${yesterday.getFullYear()}-${String(yesterday.getMonth() + 1).padStart(2, '0')}-${String(yesterday.getDate()).padStart(2, '0')}`;
  await row.getByTestId('pp-row-follow-up').fill(day);
  await row.getByTestId('pp-due-marker').waitFor();

  const deadline = Date.now() + 10_000;
  let badge = '';
  while (Date.now() < deadline && badge !== '1') {
    badge = await env.browser.badgeText();
    if (badge !== '1') await new Promise((r) => setTimeout(r, 100));
  }
  assert.equal(badge, '1');
  // The badge is set first, the notification right after it.
  let notifications = [];
  while (Date.now() < deadline && notifications.length === 0) {
    notifications = await env.browser.notificationIds();
    if (notifications.length === 0) await new Promise((r) => setTimeout(r, 100));
  }
  assert.deepEqual(notifications, ['mentor-radar:follow-up:linkedin:mila-kowalczyk-4b21a7231']);

  await popup.getByTestId('pp-due-filter').click();
  await expectNames(popup, ['Mila Kowalczyk']);
  await popup.getByTestId('pp-clear').click();

  // Clearing the date clears the badge.
  await row.getByTestId('pp-row-follow-up-clear').click();
  await popup.waitForFunction(() => true);
  const end = Date.now() + 10_000;
  while (Date.now() < end && badge !== '') {
    badge = await env.browser.badgeText();
    if (badge !== '') await new Promise((r) => setTimeout(r, 100));
  }
  assert.equal(badge, '');
  await popup.close();
});

test('after the service worker restarts, the popup lists the network at once, and never an outdated one', async (t) => {
  if (!env.browser.restartBackground) return t.skip(`${env.browser.name} cannot stop the background on demand`);
  const { context } = env.browser;
  const names = ['Eleanor Whitcombe', 'Mila Kowalczyk', 'Katrin Hollweg'];
  const statusOf = (popup, name) => rowOf(popup, name).getByTestId('pp-row-status-label');

  let popup = await openPopup();
  await expectNames(popup, names);
  await popup.close();
  // Chrome stops an idle background after ~30 s: the next popup starts it again with nothing in memory.
  await env.browser.restartBackground();
  popup = await openPopup();
  await expectNames(popup, names);
  await waitForExactText(statusOf(popup, 'Katrin Hollweg'), 'Contacted');
  await waitForExactText(statusOf(popup, 'Eleanor Whitcombe'), 'Idea');
  await popup.close();

  // A change made elsewhere (the sidebar) while no popup is open, then another restart.
  const page = await context.newPage();
  await page.goto(ELEANOR);
  const frame = sidebar(page);
  await frame.getByTestId('contact-status').selectOption('conversation');
  await frame.locator('[data-event="status-changed"]').waitFor();
  await page.close();
  await env.browser.restartBackground();
  popup = await openPopup();
  await expectNames(popup, names);
  await waitForExactText(statusOf(popup, 'Eleanor Whitcombe'), 'In conversation');
  await popup.close();
});
