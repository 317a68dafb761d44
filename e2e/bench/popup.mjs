// Popup speed with a seeded synthetic network of 10,000 contacts with notes (see synthetic-network.mjs):
// first rows after opening, search keystroke → results, filter change → results. Times come from the
// popup's performance marks ("mentor-radar:popup-first-rows", "mentor-radar:popup-results") and the
// event timestamps of the key press or click, all on the page's own clock.
import { median } from '../support/stats.mjs';
import { clearNetwork, generateNetwork, seedNetwork } from './synthetic-network.mjs';

export const NETWORK_SIZE = Number(process.env.BENCH_NETWORK ?? 10_000);

async function openPopup(browser) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 460, height: 600 });
  await page.goto(browser.extensionUrl('popup.html'));
  await page.getByTestId('contact-row').first().waitFor({ timeout: 30_000 });
  // Every key press and click is timestamped when it happens (the same clock as the marks).
  await page.evaluate(() => {
    window.__benchInputs = [];
    for (const type of ['keydown', 'click']) document.addEventListener(type, (e) => window.__benchInputs.push(e.timeStamp), true);
  });
  return page;
}

/** Time from the last input event to the first results mark after it. */
async function inputToResults(page, act) {
  const before = await page.evaluate(() => performance.getEntriesByName('mentor-radar:popup-results').length);
  await act();
  const handle = await page.waitForFunction(
    (n) => {
      const marks = performance.getEntriesByName('mentor-radar:popup-results');
      const input = window.__benchInputs.at(-1);
      return marks.length > n && input !== undefined ? marks[marks.length - 1].startTime - input : null;
    },
    before,
    { timeout: 10_000, polling: 'raf' },
  );
  return handle.jsonValue();
}

export async function benchPopup(browser, RUNS, record) {
  const network = generateNetwork(NETWORK_SIZE);
  await seedNetwork(browser.context, network);
  const note = `${NETWORK_SIZE} contacts, ${network.timeline.filter((t) => t.kind === 'note').length} notes`;

  // First render: the first open also builds the background's index (cold); later opens use it (warm).
  const firstRows = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const page = await openPopup(browser);
    firstRows.push(await page.evaluate(() => performance.getEntriesByName('mentor-radar:popup-first-rows')[0].startTime));
    await page.close();
  }
  record('popup: first rows, cold background index', firstRows[0], 'ms', '', `${note}; navigation start → rows in DOM`);
  record('popup: first rows (navigation start → rows)', median(firstRows.slice(1)), 'ms', '≤ 300', note);

  const page = await openPopup(browser);
  const search = page.getByTestId('contact-search');
  await search.focus();
  const keystrokes = [];
  // Typing on narrows the previous results; Backspace and a new word make the background search everything.
  for (let i = 0; i < RUNS; i++) {
    for (const key of ['m', 'u', 'e', 'l', 'Backspace', 'Backspace', 'Backspace', 'Backspace', 'f', 'u', 'h', 'r']) {
      keystrokes.push(await inputToResults(page, () => page.keyboard.press(key)));
    }
    await search.fill('');
  }
  record('popup: search keystroke → results', median(keystrokes), 'ms', '≤ 30', `${keystrokes.length} keystrokes, max ${Math.round(Math.max(...keystrokes))} ms`);

  await page.getByTestId('pp-filters-toggle').click();
  const filterChanges = [];
  const toggles = ['pp-status-filter-contacted', 'pp-kind-filter-reverse', 'pp-due-filter', 'pp-status-filter-contacted', 'pp-kind-filter-reverse', 'pp-due-filter'];
  for (let i = 0; i < RUNS; i++) {
    for (const id of toggles) filterChanges.push(await inputToResults(page, () => page.getByTestId(id).click()));
  }
  record('popup: filter change → results', median(filterChanges), 'ms', '≤ 30', `${filterChanges.length} changes`);
  // Every filter was toggled an even number of times: the remembered view is back to the default.
  await page.close();
  await clearNetwork(browser.context);
}
