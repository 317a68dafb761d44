import { bundleForPage } from './bundle.mjs';
import { median } from '../support/stats.mjs';

/** The site adapters as one script, the way the content script runs them, for timing in a page. */
const bundleParsers = () =>
  bundleForPage("import { parseProfile } from './utils/sites/index.ts'; window.__mentorRadarParse = parseProfile;");

/** Median time of `parse(document, url)` per fixture, measured inside Chromium on the served page. */
export async function benchParsers(browser, fixtures, runs, record) {
  const script = await bundleParsers();
  for (const fixture of fixtures) {
    const page = await browser.context.newPage();
    await page.goto(fixture.url);
    await page.addScriptTag({ content: script });
    const times = await page.evaluate(
      ({ url, runs }) => {
        const out = [];
        for (let i = 0; i < runs + 3; i++) {
          const t = performance.now();
          window.__mentorRadarParse(document, url);
          if (i >= 3) out.push(performance.now() - t); // the first runs warm up the JIT
        }
        return out;
      },
      { url: fixture.url, runs: Math.max(runs, 20) },
    );
    record(`parse: ${fixture.fixture}`, median(times), 'ms', '≤ 5');
    await page.close();
  }
}

/**
 * The content script's own read of the top of the page, for the shell (utils/content/shell-preview.ts): the work
 * between the load event and the name on screen. Its first call on a page is the one users wait for, cold (no JIT);
 * each fixture page runs a fresh copy of the script, so every first call is.
 */
export async function benchShellPreview(browser, fixtures, runs, record) {
  const script = await bundleForPage(
    "import { shellPreview } from './utils/content/shell-preview.ts'; window.__mentorRadarShell = shellPreview;",
  );
  const firsts = [];
  const warms = [];
  for (const fixture of fixtures) {
    const page = await browser.context.newPage();
    await page.goto(fixture.url);
    await page.addScriptTag({ content: script });
    const { shown, first, warm } = await page.evaluate(
      ({ url, runs }) => {
        let t = performance.now();
        const shown = window.__mentorRadarShell(document, url) !== null;
        const first = performance.now() - t;
        const warm = [];
        for (let i = 0; i < runs; i++) {
          t = performance.now();
          window.__mentorRadarShell(document, url);
          warm.push(performance.now() - t);
        }
        return { shown, first, warm: warm.sort((a, b) => a - b)[Math.floor(runs / 2)] };
      },
      { url: fixture.url, runs: Math.max(runs, 20) },
    );
    await page.close();
    // Pages with no shell (walls, lists) stop early: they would pull the median down.
    if (!shown) continue;
    firsts.push(first);
    warms.push(warm);
  }
  record('shell: read the top of a profile, first call', median(firsts), 'ms', '', `median of ${firsts.length} fixtures that show a shell`);
  record('shell: the same read, warm', median(warms), 'ms', '');
}
