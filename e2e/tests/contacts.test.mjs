import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sidebar } from '../support/browser.mjs';
import { IDLE_TIMEOUT_PREF } from '../support/firefox.mjs';
import { useBrowser, waitForExactText } from '../support/harness.mjs';

// Firefox: a short idle timeout, so the event page is really suspended when a test restarts the background.
const env = useBrowser({ prefs: { [IDLE_TIMEOUT_PREF]: 5000 } });
const ELEANOR = 'https://www.linkedin.com/in/eleanor-whitcombe-3a91b4/';
const KATRIN = 'https://www.xing.com/profile/Katrin_Hollweg';

test('opening a profile stores nothing; "Save contact" does, and the popup lists it', async () => {
  const { context } = env.browser;
  const popup = await env.browser.openExtensionPage('popup.html');
  await popup.getByTestId('popup-empty').waitFor();

  const page = await context.newPage();
  await page.goto(KATRIN);
  const frame = sidebar(page);
  await waitForExactText(frame.getByTestId('profile-name'), 'Katrin Hollweg');
  await popup.reload();
  await popup.getByTestId('popup-empty').waitFor();

  await frame.getByTestId('save-contact').click();
  await frame.getByTestId('contact-saved').waitFor();

  await popup.reload();
  const row = popup.getByTestId('contact-row');
  await row.first().waitFor();
  assert.equal(await row.count(), 1);
  assert.match(await row.first().innerText(), /Katrin Hollweg/);
  assert.match(await row.first().innerText(), /Leiterin Einkauf/);

  // Saved state survives a reload of the profile page.
  await page.reload();
  await frame.getByTestId('contact-saved').waitFor();
  await page.close();
  await popup.close();
});

test('the sidebar collapses to a tab, stays collapsed on reload and in other tabs, and reopens', async () => {
  const { context } = env.browser;
  const page = await context.newPage();
  await page.goto(ELEANOR);
  const frame = sidebar(page);
  await waitForExactText(frame.getByTestId('profile-name'), 'Eleanor Whitcombe');
  const iframe = page.locator('#mentor-radar > iframe');
  const width = async () => (await iframe.boundingBox())?.width ?? 0;
  assert.equal(await width(), 360);

  await frame.getByTestId('sidebar-collapse').click();
  await frame.getByTestId('sidebar-expand').waitFor();
  await page.waitForFunction(() => document.querySelector('#mentor-radar > iframe').getBoundingClientRect().width < 60);

  await page.reload();
  await frame.getByTestId('sidebar-expand').waitFor();
  assert.ok((await width()) < 60, 'still collapsed after reload');

  await frame.getByTestId('sidebar-expand').click();
  await waitForExactText(frame.getByTestId('profile-name'), 'Eleanor Whitcombe');
  await page.waitForFunction(() => document.querySelector('#mentor-radar > iframe').getBoundingClientRect().width === 360);
  await page.close();
});

test('the tab profile survives the service worker being stopped', async (t) => {
  if (!env.browser.restartBackground) return t.skip(`${env.browser.name} cannot stop the background on demand`);
  const { context } = env.browser;
  const page = await context.newPage();
  await page.goto(ELEANOR);
  await waitForExactText(sidebar(page).getByTestId('profile-name'), 'Eleanor Whitcombe');

  await env.browser.restartBackground();
  // Reloading only the sidebar makes it ask the (restarted) background again; the page does not re-report.
  await sidebar(page).locator('body').evaluate(() => location.reload());
  await waitForExactText(sidebar(page).getByTestId('profile-name'), 'Eleanor Whitcombe');
  await page.close();
});
