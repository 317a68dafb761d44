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
