import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sidebar } from '../support/browser.mjs';
import { useBrowser, waitForExactText } from '../support/harness.mjs';
import { loadFixtures } from '../support/routes.mjs';
import { watchShell } from '../support/shell.mjs';

const env = useBrowser();
const fixture = loadFixtures().find((f) => f.fixture === 'linkedin-logged-in-en.html');

/** What the page's own scripts can see of the sidebar. */
const seenByPage = (page) =>
  page.evaluate(() => {
    const wrapper = document.getElementById('mentor-radar');
    const [first, second] = wrapper ? [...wrapper.children] : [];
    const mid = (el) => {
      const r = el.getBoundingClientRect();
      return document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 200));
    };
    return {
      children: wrapper ? [...wrapper.children].map((c) => c.tagName) : [],
      shellOpen: first?.shadowRoot !== null && first?.tagName !== 'IFRAME',
      text: wrapper?.textContent ?? '',
      shellWidth: first && first.tagName !== 'IFRAME' ? Math.round(first.getBoundingClientRect().width) : 0,
      frameOnTop: second ? mid(second) === second : false,
    };
  });

test('a profile shows the name at once, in a shell the page cannot read, which the frame then covers', async () => {
  const page = await env.browser.context.newPage();
  try {
    // Chromium can look into the closed shadow root from the content script's world (CDP); Firefox only from outside.
    const shell = env.browser.name === 'chromium' ? await watchShell(env.browser.context, page) : null;
    await page.goto(fixture.url);
    const frame = sidebar(page);
    await waitForExactText(frame.getByTestId('profile-name'), fixture.name);

    const seen = await seenByPage(page);
    assert.deepEqual(seen.children, ['DIV', 'IFRAME'], 'the shell under the frame');
    assert.equal(seen.shellOpen, false, 'the shell is a closed shadow root');
    assert.equal(seen.text, '', 'no sidebar text is in the page’s DOM');
    assert.equal(seen.shellWidth, 360, 'the shell has the sidebar’s place');
    assert.equal(seen.frameOnTop, true, 'the frame paints over the shell');

    if (shell) {
      const inside = await shell.read();
      assert.equal(inside?.name, fixture.name);
      assert.ok(inside.text.includes(fixture.headline), `headline in the shell: ${inside.text}`);
      const framePainted = await frame.locator('body').evaluate(() => {
        const mark = performance.getEntriesByName('mentor-radar:profile-shown')[0];
        return mark ? performance.timeOrigin + mark.startTime : null;
      });
      assert.ok(inside.shownAt !== null && framePainted !== null && inside.shownAt < framePainted, 'the shell showed the name before the frame');
      await shell.detach();
    }
  } finally {
    await page.close();
  }
});

test('a collapsed sidebar has no shell: collapsing drops it, and a reload while collapsed never shows it', async () => {
  const page = await env.browser.context.newPage();
  try {
    await page.goto(fixture.url);
    const frame = sidebar(page);
    await waitForExactText(frame.getByTestId('profile-name'), fixture.name);
    await frame.getByTestId('sidebar-collapse').click();
    await page.waitForFunction(() => document.getElementById('mentor-radar')?.children.length === 1);
    assert.deepEqual((await seenByPage(page)).children, ['IFRAME']);

    await page.reload();
    await frame.getByTestId('sidebar-expand').waitFor();
    assert.deepEqual((await seenByPage(page)).children, ['IFRAME']);
    await frame.getByTestId('sidebar-expand').click();
    await waitForExactText(frame.getByTestId('profile-name'), fixture.name);
  } finally {
    await page.close();
  }
});
