import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sidebar } from '../support/browser.mjs';
import { useBrowser, waitForExactText } from '../support/harness.mjs';

const env = useBrowser();
const ELEANOR = 'https://www.linkedin.com/in/eleanor-whitcombe-3a91b4/';
const KATRIN = 'https://www.xing.com/profile/Katrin_Hollweg';

test('opening a profile stores nothing; "Save contact" does, and the popup lists it', async () => {
  const { context, extensionUrl } = env.browser;
  const popup = await context.newPage();
  await popup.goto(extensionUrl('popup.html'));
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

test('the tab profile survives the service worker being stopped', async () => {
  const { context } = env.browser;
  const page = await context.newPage();
  await page.goto(ELEANOR);
  await waitForExactText(sidebar(page).getByTestId('profile-name'), 'Eleanor Whitcombe');

  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  // Reloading only the sidebar makes it ask the (restarted) background again; the page does not re-report.
  const frame = page.frames().find((f) => f.url().includes('/sidebar.html'));
  await frame.evaluate(() => location.reload());
  await waitForExactText(sidebar(page).getByTestId('profile-name'), 'Eleanor Whitcombe');
  await page.close();
});
