// Issue 13.8: a page that puts 12 MB into one About section costs only its own tab. The content script cuts the
// profile to the stored limits before anything leaves the tab, so the background and the other tabs' sidebars
// never see the 12 MB; what the user sees there is the first 20,000 characters.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sidebar } from '../support/browser.mjs';
import { useBrowser, waitForExactText } from '../support/harness.mjs';

const env = useBrowser();
const HUGE = 'https://www.linkedin.com/in/huge-about-person/';
const ELEANOR = 'https://www.linkedin.com/in/eleanor-whitcombe-3a91b4/';
const ABOUT_LIMIT = 20_000; // LIMITS.about in utils/schemas/limits.ts

test('a 12 MB About section in one tab: that sidebar shows it cut to the limit, another tab works as usual', async () => {
  const { context } = env.browser;
  const huge = await context.newPage();
  await huge.goto(HUGE);
  assert.ok((await huge.evaluate(() => document.getElementById('huge-about').textContent.length)) >= 12e6);

  // Another person in another tab while the huge one is open: shown, tagged, saved as usual.
  const other = await context.newPage();
  await other.goto(ELEANOR);
  const otherFrame = sidebar(other);
  await waitForExactText(otherFrame.getByTestId('profile-name'), 'Eleanor Whitcombe');
  await otherFrame.getByTestId('skill-input-teach').focus();
  await other.keyboard.type('JS');
  await other.keyboard.press('Enter');
  // Chip texts carry the remove button's "×".
  await otherFrame.getByTestId('tag-teach').filter({ hasText: /^\s*JavaScript\s*×?\s*$/ }).first().waitFor();
  await other.close();

  const frame = sidebar(huge);
  await waitForExactText(frame.getByTestId('profile-name'), 'Henrike Oosterbaan');
  await frame.locator('details summary').filter({ hasText: 'About' }).click();
  const about = await frame.locator('p.about').innerText();
  assert.ok(about.startsWith('I negotiate supplier contracts'), about.slice(0, 80));
  assert.ok(about.length <= ABOUT_LIMIT, `About shown with ${about.length} characters`);
  assert.ok(about.length > ABOUT_LIMIT - 200, `About cut far below the limit: ${about.length} characters`);

  await frame.getByTestId('save-contact').click();
  await frame.getByTestId('contact-saved').waitFor();
  await huge.close();
});
