import { median } from '../support/stats.mjs';

const SEARCH = 'https://www.linkedin.com/search/results/people/?keywords=data%20engineer';

/** When the sidebar listed the page's people (its `mentor-radar:people-shown` mark), as absolute time; null until then. */
async function peopleShownAt(page, timeout = 10000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const frame = page.frames().find((f) => f.url().includes('/sidebar.html'));
    const t = await frame
      ?.evaluate(() => {
        const mark = performance.getEntriesByName('mentor-radar:people-shown')[0];
        return mark ? performance.timeOrigin + mark.startTime : null;
      })
      .catch(() => null);
    if (t) return t;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('the sidebar never listed the people of the search page');
}

/** People on this page: from the list page's DOMContentLoaded to the scored list in the sidebar (issue 11 goal ≤ 150 ms). */
export async function benchPagePeople(browser, runs, record) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.context.newPage();
    await page.goto(SEARCH);
    const shown = await peopleShownAt(page);
    const dcl = await page.evaluate(() => performance.timeOrigin + performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd);
    times.push(shown - dcl);
    await page.close();
  }
  record('people on this page: list page DOMContentLoaded → people listed', median(times), 'ms', '≤ 150', 'people search fixture, 3 people');
}
