import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sidebar } from '../support/browser.mjs';
import { useBrowser, waitForExactText } from '../support/harness.mjs';
import { loadFixtures } from '../support/routes.mjs';

const env = useBrowser();
const fixtures = loadFixtures();

describe('every fixture at its real URL', () => {
  test('there are fixtures to visit', () => {
    assert.ok(fixtures.length >= 4, `expected at least 4 fixtures, found ${fixtures.length}`);
  });

  for (const fixture of fixtures) {
    for (const scheme of ['https', 'http']) {
      test(`${fixture.fixture} over ${scheme}: the sidebar shows ${fixture.name}`, async () => {
        const page = await env.browser.context.newPage();
        try {
          const url = fixture.url.replace(/^https:/, `${scheme}:`);
          await page.goto(url);
          const frame = sidebar(page);
          await waitForExactText(frame.getByTestId('profile-name'), fixture.name);
          if (fixture.headline) {
            await waitForExactText(frame.getByTestId('profile-headline'), fixture.headline);
          }
          if (fixture.location) {
            await waitForExactText(frame.getByTestId('profile-location'), fixture.location);
          }
          const chips = frame.getByTestId('profile-skills').locator('li');
          assert.deepEqual(await chips.allInnerTexts(), fixture.skills ?? []);
          if (fixture.experience?.length) {
            const titles = await frame.getByTestId('profile-experience').locator('strong').allTextContents();
            assert.deepEqual(titles, fixture.experience.map((e) => e.title));
          }
        } finally {
          await page.close();
        }
      });
    }
  }
});

describe('the page cannot see into the sidebar', () => {
  test('a main-world script cannot read the sidebar document, and nothing is stored in the page origin', async () => {
    const fixture = fixtures.find((f) => f.fixture === 'linkedin-logged-in-en.html');
    const page = await env.browser.context.newPage();
    try {
      await page.goto(fixture.url);
      await waitForExactText(sidebar(page).getByTestId('profile-name'), fixture.name);
      // page.evaluate runs in the page's main world, like LinkedIn's own scripts.
      const seen = await page.evaluate(async () => {
        const wrapper = document.getElementById('mentor-radar');
        const iframe = wrapper?.querySelector(':scope > iframe');
        let windowDocument = 'readable';
        try {
          void iframe.contentWindow.document.body;
        } catch {
          windowDocument = 'blocked';
        }
        return {
          hasWrapper: Boolean(wrapper),
          iframeIsDirectChild: Boolean(iframe),
          shadowRoot: Boolean(wrapper?.shadowRoot),
          contentDocument: iframe?.contentDocument === null ? 'null' : 'readable',
          windowDocument,
          pageTextHasName: document.body.innerText.includes('Save contact'),
          // The extension's URL (in Firefox a fixed per-install id) never appears in the page's DOM.
          extensionUrlInDom: /(moz|chrome)-extension:/.test(document.documentElement.outerHTML),
          iframeSrc: iframe?.getAttribute('src'),
          idbDatabases: (await indexedDB.databases()).length,
          localStorageKeys: localStorage.length,
        };
      });
      assert.deepEqual(seen, {
        hasWrapper: true,
        iframeIsDirectChild: true,
        shadowRoot: false,
        contentDocument: 'null',
        windowDocument: 'blocked',
        pageTextHasName: false,
        extensionUrlInDom: false,
        iframeSrc: 'about:blank',
        idbDatabases: 0,
        localStorageKeys: 0,
      });
    } finally {
      await page.close();
    }
  });
});
