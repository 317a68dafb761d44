// `npm run bench`: speed figures measured in real Chromium with the built extension. Prints a table and
// writes bench-results/latest.json. Figures, not pass/fail: goals are shown beside each one.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, launchBrowser } from './support/browser.mjs';
import { startFixtureServer } from './support/server.mjs';
import { watchShell } from './support/shell.mjs';
import { loadFixtures } from './support/routes.mjs';
import { median, medianInterval, round, roundOrder } from './support/stats.mjs';
import { benchParsers, benchShellPreview } from './bench/parse.mjs';
import { benchMatch } from './bench/match.mjs';
import { benchPopup } from './bench/popup.mjs';
import { benchImport } from './bench/import.mjs';
import { benchSuggestions } from './bench/suggest.mjs';
import { benchPagePeople } from './bench/people.mjs';
import { benchRadar } from './bench/radar.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const fixtures = loadFixtures();
const results = [];
const record = (name, value, unit, goal, note = '') => {
  results.push({ name, value: round(value, 2), unit, goal, note });
};

function contentScriptSize() {
  const size = (name) => {
    const file = `${EXTENSION_DIR}/${name}`;
    return { kB: statSync(file).size / 1024, gzipped: `${round(gzipSync(readFileSync(file)).length / 1024)} kB gzipped` };
  };
  const script = size('content-script.js');
  record('content script size (minified)', script.kB, 'kB', '≤ 25', `${script.gzipped}; every page of the two sites, list reading included`);
  // Injected only into tabs that show a profile, a profile's full list or a wall; from then on it follows every page.
  const reader = size('page-reader.js');
  record('page reader size (minified)', reader.kB, 'kB', '', `${reader.gzipped}; added on profiles`);
}

/**
 * Absolute time (ms since epoch, sub-ms) at which the sidebar marked `key` as shown, no earlier than `after`:
 * switching back to a person must not find the mark of their previous showing.
 */
async function shownAt(page, key, after = 0, timeout = 10000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const frame = page.frames().find((f) => f.url().includes('/sidebar.html'));
    if (frame) {
      const t = await frame
        .evaluate(
          ({ k, after }) => {
            // The first time the person appeared (the first paint, before React's own render marks it again).
            const mark = performance
              .getEntriesByName('mentor-radar:profile-shown')
              .find((m) => m.detail?.key === k && performance.timeOrigin + m.startTime >= after);
            return mark ? performance.timeOrigin + mark.startTime : null;
          },
          { k: key, after },
        )
        .catch(() => null);
      if (t !== null) return t;
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`sidebar never showed ${key}`);
}

const keyOf = (fixture) =>
  fixture.key ??
  (fixture.platform === 'xing'
    ? `xing:${fixture.servePath.split('/')[2].toLowerCase()}`
    : `linkedin:${decodeURIComponent(fixture.servePath.split('/')[2]).toLowerCase()}`);

/**
 * When the user first sees the person's name: the shell the content script draws at DOMContentLoaded (read in its
 * own world, Chromium's CDP) or the frame's first paint, whichever came first. The frame's own figure is printed too.
 */
async function sidebarAfterDomContentLoaded(browser) {
  const perFixture = [];
  const framePerFixture = [];
  for (const fixture of fixtures) {
    const times = [];
    const frameTimes = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.context.newPage();
      const shell = await watchShell(browser.context, page);
      await page.goto(fixture.url);
      const shown = await shownAt(page, keyOf(fixture));
      const shellShown = (await shell.read())?.shownAt ?? Infinity;
      const dcl = await page.evaluate(
        () => performance.timeOrigin + performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
      );
      times.push(Math.min(shown, shellShown) - dcl);
      frameTimes.push(shown - dcl);
      await shell.detach();
      await page.close();
    }
    perFixture.push(median(times));
    framePerFixture.push(median(frameTimes));
    record(`sidebar shows name after DOMContentLoaded: ${fixture.fixture}`, median(times), 'ms', '≤ 150', `frame's own first paint ${round(median(frameTimes), 1)} ms`);
  }
  record('sidebar shows name after DOMContentLoaded (median of fixtures)', median(perFixture), 'ms', '≤ 150', 'shell or frame, whichever first');
  record("sidebar frame's first paint after DOMContentLoaded (median)", median(framePerFixture), 'ms', '', 'the frame, with your tags and notes');
}

async function spaSwitch(browser) {
  const times = [];
  const targets = [
    ['Eleanor', 'linkedin:eleanor-whitcombe-3a91b4'],
    ['Mila', 'linkedin:mila-kowalczyk-4b21a7231'],
  ];
  const page = await browser.context.newPage();
  await page.goto('https://www.linkedin.com/feed/');
  // The shell imitates LinkedIn's fetch delay; the bench times our part, so the delay is 0 here.
  await page.evaluate(() => (window.__SPA_RENDER_DELAY_MS = 0));
  for (let i = 0; i < RUNS; i++) {
    const [label, key] = targets[i % 2];
    const clickedAt = await page.evaluate((l) => {
      const t = performance.timeOrigin + performance.now();
      document.querySelector(`[data-test-nav="${l}"]`).click();
      return t;
    }, label);
    const shown = await shownAt(page, key, clickedAt);
    if (i > 0) times.push(shown - clickedAt); // the first click also loads the sidebar
  }
  await page.close();
  record('SPA switch: click → new person shown', median(times), 'ms', '≤ 200', 'includes pushState + render');
}

/**
 * Issue 16's memory figures for the sidebar: how many sidebar frames a page we do not read gets (the feed), and the
 * sidebar's JS heap where it is shown (CDP Runtime.getHeapUsage on the frame's own target: it runs out of process).
 */
async function sidebarMemory(browser) {
  const feed = await browser.context.newPage();
  await feed.goto('https://www.linkedin.com/feed/', { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 1500));
  const framesOnFeed = feed.frames().filter((f) => f.url().includes('/sidebar.html')).length;
  record('sidebar frames on a non-profile page (feed)', framesOnFeed, '', '0 (≤ 10 MB heap)', 'none created: no sidebar heap there');
  await feed.close();
  const heaps = [];
  for (const fixture of fixtures.slice(0, 5)) {
    const page = await browser.context.newPage();
    await page.goto(fixture.url);
    await shownAt(page, keyOf(fixture));
    const frame = page.frames().find((f) => f.url().includes('/sidebar.html'));
    const cdp = await browser.context.newCDPSession(frame);
    await cdp.send('HeapProfiler.collectGarbage').catch(() => undefined);
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    heaps.push(usedSize / 1024 / 1024);
    await cdp.detach();
    await page.close();
  }
  record('sidebar JS heap on a profile page', median(heaps), 'MB', '', 'after GC, median of 5 fixtures');
}

/**
 * Page load time (loadEventEnd) of one fixture in three browsers, all running, one page after the other, each
 * browser's load following each other browser's equally often (roundOrder; until 2026-12-07 a rotation, in which
 * one of the two came first twice as often): with the extension, without it, and with the extension whose content
 * script is empty (the floor: what Chromium's injecting any `document_start` content script costs; without any
 * content script the ratio was 0.99x). Measured one launch after the other, the ratio swung with whatever else the
 * machine did.
 *
 * The goal figure is the median of each round's with / without ratio (a load swing of the machine between rounds
 * cancels out), with its 90% interval. Single pairs spread 0.8-1.6x on this machine: with 30 pairs the median
 * landed 0.98-1.17x in 90% of resamplings of one run, so one bench said "met" and the next "not met" for the same
 * build. 90 rounds narrow the sampling part to about +-0.04; the floor still moves by up to 0.07 between runs, which
 * is why it is printed beside the goal figure.
 */
const LOAD_ROUNDS = Number(process.env.BENCH_LOAD_ROUNDS ?? 90);

/** The built extension with an empty content script, in a scratch folder. */
function emptyContentScriptBuild() {
  const dir = mkdtempSync(join(tmpdir(), 'mentor-radar-floor-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  writeFileSync(join(dir, 'content-script.js'), '');
  return dir;
}

async function loadTimes(browsers) {
  const fixture = fixtures.find((f) => f.fixture === 'linkedin-logged-in-en.html') ?? fixtures[0];
  const kinds = Object.keys(browsers);
  const rounds = [];
  for (let i = 0; i < LOAD_ROUNDS; i++) {
    const times = {};
    for (const kind of roundOrder(kinds, i)) {
      const page = await browsers[kind].context.newPage();
      await page.goto(fixture.url, { waitUntil: 'load' });
      times[kind] = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
      await page.close();
    }
    rounds.push(times);
  }
  const timesOf = (kind) => rounds.map((r) => r[kind]);
  const ratios = (kind, base) => rounds.map((r) => r[kind] / r[base]);
  return { rounds: rounds.length, median: (kind) => median(timesOf(kind)), ratios };
}

function recordLoadTimes(load) {
  const interval = (values) => {
    const range = medianInterval(values);
    return range ? `90% interval ${round(range[0], 2)}-${round(range[1], 2)}×` : '';
  };
  const withOut = load.ratios('with', 'without');
  const floor = load.ratios('floor', 'without');
  const own = load.ratios('with', 'floor');
  record('profile page load, with extension', load.median('with'), 'ms', '');
  record('profile page load, without extension', load.median('without'), 'ms', '');
  record('profile page load, extension with an empty content script', load.median('floor'), 'ms', '');
  record('load-time ratio with / without', median(withOut), '×', '≤ 1.10', `median of ${load.rounds} pairs of loads, ${interval(withOut)}; ratio of the medians ${round(load.median('with') / load.median('without'), 2)}×`);
  record('load-time ratio, empty content script / without (floor)', median(floor), '×', '', interval(floor));
  record('load-time ratio with / empty content script (our script)', median(own), '×', '', interval(own));
}

const server = await startFixtureServer();
// BENCH_ONLY=size,name,spa,memory,load,parse,shell,match,popup,radar,import,suggest,people runs those parts only.
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : null;
const wanted = (part) => !only || only.has(part);
try {
  if (wanted('size')) contentScriptSize();
  const withExt = await launchBrowser({ port: server.port });
  if (wanted('name')) await sidebarAfterDomContentLoaded(withExt);
  if (wanted('spa')) await spaSwitch(withExt);
  if (wanted('memory')) await sidebarMemory(withExt);
  if (wanted('load')) {
    const floorDir = emptyContentScriptBuild();
    const without = await launchBrowser({ port: server.port, withExtension: false });
    const floor = await launchBrowser({ port: server.port, extensionDir: floorDir });
    try {
      recordLoadTimes(await loadTimes({ with: withExt, without, floor }));
    } finally {
      await Promise.all([without.close(), floor.close()]);
      rmSync(floorDir, { recursive: true, force: true });
    }
  }
  if (wanted('parse')) await benchParsers(withExt, fixtures, RUNS, record);
  if (wanted('shell')) await benchShellPreview(withExt, fixtures, RUNS, record);
  if (wanted('match')) await benchMatch(withExt, RUNS, record);
  if (wanted('popup')) await benchPopup(withExt, RUNS, record, () => launchBrowser({ port: server.port }));
  if (wanted('radar')) await benchRadar(withExt, RUNS, record);
  if (wanted('import')) await benchImport(withExt, RUNS, record);
  if (wanted('suggest')) await benchSuggestions(withExt, RUNS, record);
  if (wanted('people')) await benchPagePeople(withExt, RUNS, record);
  await withExt.close();

} finally {
  await server.close();
}

const width = Math.max(...results.map((r) => r.name.length));
console.log(`\nMentor Radar benchmark (medians of ${RUNS} runs, Chromium headless)\n`);
for (const r of results) {
  console.log(`${r.name.padEnd(width)}  ${String(r.value).padStart(8)} ${r.unit.padEnd(3)}  ${r.goal ? `goal ${r.goal}` : ''}  ${r.note}`);
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', JSON.stringify({ date: new Date().toISOString(), runs: RUNS, results }, null, 2));
console.log('\nWritten to bench-results/latest.json');
