// Site understanding in the real browser (issues 12, 11.5): a sign-up wall is no person, a details page's full list
// is merged into its person, a people-search page lists its people in the sidebar (and only there).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sidebar } from '../support/browser.mjs';
import { useBrowser, waitForExactText } from '../support/harness.mjs';
import { watchShell } from '../support/shell.mjs';

const env = useBrowser();
const TAMSIN = 'https://www.linkedin.com/in/tamsin-oyelaran-5c1d2/';

test('a sign-up wall at a profile URL: the sidebar says a LinkedIn login is needed and offers nothing to save', async () => {
  const page = await env.browser.context.newPage();
  try {
    await page.goto('https://www.linkedin.com/in/konrad-weisz-1a2b/');
    const frame = sidebar(page);
    await frame.getByTestId('wall-notice').waitFor();
    assert.match(await frame.getByTestId('wall-notice').innerText(), /LinkedIn login/i);
    assert.notEqual((await frame.getByTestId('profile-name').innerText()).trim(), 'Join LinkedIn');
    assert.equal(await frame.getByTestId('save-contact').count(), 0);
    assert.equal(await frame.getByTestId('skill-input-teach').count(), 0);
  } finally {
    await page.close();
  }
});

test('a details page merges the whole experience list into the saved person', async () => {
  const page = await env.browser.context.newPage();
  try {
    await page.goto(TAMSIN);
    const frame = sidebar(page);
    await waitForExactText(frame.getByTestId('profile-name'), 'Tamsin Oyelaran');
    assert.match(await frame.getByTestId('profile-career').innerText(), /2016/);
    await frame.getByTestId('save-contact').click();
    await frame.getByTestId('contact-saved').waitFor();

    await page.goto(`${TAMSIN}details/experience/`);
    await frame.getByTestId('details-merged').waitFor();
    await waitForExactText(frame.getByTestId('profile-name'), 'Tamsin Oyelaran');
    await frame.getByTestId('profile-career').filter({ hasText: '2012' }).waitFor();
    await frame.getByTestId('contact-saved').waitFor();

    // Back on the profile page (which shows two entries), the person keeps the whole list.
    await page.goto(TAMSIN);
    await waitForExactText(frame.getByTestId('profile-name'), 'Tamsin Oyelaran');
    await frame.getByTestId('profile-career').filter({ hasText: '2012' }).waitFor();
    const titles = await frame.getByTestId('profile-experience').locator('strong').allTextContents();
    assert.equal(titles.length, 5);
  } finally {
    await page.close();
  }
});

test('a people-search page: the sidebar lists its people, one click saves, nothing is added to the page', async () => {
  const page = await env.browser.context.newPage();
  // Chromium: the content script's own world can be inspected (CDP): which of our scripts run there.
  const world = env.browser.name === 'chromium' ? await watchShell(env.browser.context, page) : null;
  try {
    await page.goto('https://www.linkedin.com/search/results/people/?keywords=data%20engineer');
    const frame = sidebar(page);
    const rows = frame.getByTestId('page-person');
    await rows.nth(2).waitFor();
    // The content script reads lists itself (utils/content/list-reading.ts): the page reader is not loaded for them.
    if (world) assert.equal(await world.pageReader(), 'none', 'a list page loads no page reader');
    const keys = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')).sort());
    assert.deepEqual(keys, ['linkedin:amira-solberg', 'linkedin:chiara-benedetti-data', 'linkedin:felix-andersen-roth-77a1']);
    const kinds = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    for (const k of kinds) assert.match(k, /^(reverse|classic|peer|none)$/);
    const scores = await rows.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-score'))));
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a), 'best first');

    const amira = frame.locator('[data-testid="page-person"][data-key="linkedin:amira-solberg"]');
    await amira.getByTestId('page-person-save').click();
    await amira.getByTestId('page-person-saved').waitFor();

    const inPage = await page.evaluate(() => ({
      persons: document.querySelectorAll('[data-testid="page-person"], [data-key]').length,
      ours: [...document.documentElement.children].filter((e) => e.id === 'mentor-radar').length,
    }));
    assert.deepEqual(inPage, { persons: 0, ours: 1 });

    // One click opens a person: the tab goes to their profile.
    await frame.locator('[data-testid="page-person"][data-key="linkedin:felix-andersen-roth-77a1"]').getByTestId('page-person-open').click();
    await page.waitForURL('https://www.linkedin.com/in/felix-andersen-roth-77a1/');
  } finally {
    await world?.detach();
    await page.close();
  }
});

test('XING "Ich biete" / "Ich suche" are one-click "Could teach me" / "Could learn from me" suggestions', async () => {
  const page = await env.browser.context.newPage();
  try {
    await page.goto('https://www.xing.com/profile/Mareike_Dornbusch');
    const frame = sidebar(page);
    await waitForExactText(frame.getByTestId('profile-name'), 'Mareike Dornbusch');
    const teach = frame.getByTestId('suggest-teach');
    await teach.first().waitFor();
    assert.deepEqual((await teach.allInnerTexts()).map((t) => t.replace(/^\+\s*/, '')), ['TikTok', 'Instagram Reels', 'Canva', 'Community Management']);
    const learn = frame.getByTestId('suggest-learn');
    assert.equal(await learn.count(), 2);
    await teach.filter({ hasText: 'TikTok' }).click();
    await frame.getByTestId('tag-teach').filter({ hasText: 'TikTok' }).waitFor();
    assert.equal(await teach.filter({ hasText: 'TikTok' }).count(), 0, 'a taken suggestion is no longer offered');
    await frame.getByTestId('contact-saved').waitFor();
  } finally {
    await page.close();
  }
});
