// `node e2e/bench-ab.mjs <radar|popup-warm|popup-restart|people|people-late|people-late-restart> <buildA> <buildB>
// [opens]`: the radar's or the popup's first render at 10,000 contacts, or the people of a search page listed in the
// sidebar (see e2e/bench/people.mjs; `-restart`: each open after a background restart), for two builds (WXT_OUT_DIR folders, e.g. main's and a branch's), with both
// browsers running and the opens alternating A, B, B, A, ... On the shared machine the load swings 2–5× within
// minutes; one bench run after the other compares the load more than the builds. Prints both medians and the
// load average seen.
import { loadavg } from 'node:os';
import { startFixtureServer } from './support/server.mjs';
import { median } from './support/stats.mjs';
import { generateNetwork, seedNetwork, snapshotKept } from './bench/synthetic-network.mjs';
import { timePagePeople } from './bench/people.mjs';

/** An extension page timed to its mark, in a browser holding the 10,000-contact network. */
const firstRenderOf = (path, mark, { restart = false } = {}) => ({
  prepare: (browser) => seedFor(browser, path, mark),
  measure: async (browser) => {
    if (restart) await browser.restartBackground();
    return firstRender(browser, path, mark);
  },
});
/** A list page in a tab; its first load (not counted) starts the background's caches. */
const pagePeople = (options, { restart = false } = {}) => ({
  prepare: (browser) => timePagePeople(browser, options),
  measure: async (browser) => {
    if (restart) await browser.restartBackground();
    return timePagePeople(browser, options);
  },
});
const PARTS = {
  radar: firstRenderOf('radar.html', 'mentor-radar:radar-rendered'),
  'popup-warm': firstRenderOf('popup.html', 'mentor-radar:popup-first-rows'),
  'popup-restart': firstRenderOf('popup.html', 'mentor-radar:popup-first-rows', { restart: true }),
  people: pagePeople({ late: false }),
  'people-late': pagePeople({ late: true }),
  'people-late-restart': pagePeople({ late: true }, { restart: true }),
};
const [partName, dirA, dirB, opens = '12'] = process.argv.slice(2);
const part = PARTS[partName];
if (!part || !dirA || !dirB) {
  console.error(`usage: node e2e/bench-ab.mjs <${Object.keys(PARTS).join('|')}> <buildA> <buildB> [opens]`);
  process.exit(2);
}

const server = await startFixtureServer();
/** browser.mjs reads the build folder once, when it is loaded: one module instance per build. */
async function launch(dir) {
  process.env.WXT_OUT_DIR = dir;
  const { launchBrowser } = await import(`./support/browser.mjs?build=${encodeURIComponent(dir)}`);
  return launchBrowser({ port: server.port });
}

async function firstRender(browser, path, mark) {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl(path));
  const handle = await page.waitForFunction((m) => performance.getEntriesByName(m)[0]?.startTime ?? null, mark, { timeout: 60_000 });
  const ms = await handle.jsonValue();
  await page.close();
  return ms;
}

let network = null;
/** The synthetic network stored, and the page's index built; as in e2e/bench/radar.mjs, half the radar's network is known only by title. */
async function seedFor(browser, path, mark) {
  network ??= generateNetwork(10_000);
  const contacts = path === 'radar.html' ? network.contacts.map((c, i) => (i % 2 ? { ...c, profile: null, careerStartYear: null, headline: null } : c)) : network.contacts;
  await seedNetwork(browser.context, { ...network, contacts });
  await firstRender(browser, path, mark); // builds the index
  if (path === 'popup.html') await snapshotKept(browser.context);
}

const builds = { A: await launch(dirA), B: await launch(dirB) };
try {
  for (const browser of Object.values(builds)) await part.prepare(browser);
  const times = { A: [], B: [] };
  const loads = [];
  for (let i = 0; i < Number(opens); i++) {
    for (const name of i % 2 ? ['B', 'A'] : ['A', 'B']) {
      times[name].push(await part.measure(builds[name]));
    }
    loads.push(loadavg()[0]);
  }
  const list = (values) => values.map(Math.round).join(' ');
  console.log(`${partName}, ${opens} opens each, load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`);
  console.log(`A ${dirA}: median ${Math.round(median(times.A))} ms  [${list(times.A)}]`);
  console.log(`B ${dirB}: median ${Math.round(median(times.B))} ms  [${list(times.B)}]`);
} finally {
  await builds.A.close();
  await builds.B.close();
  await server.close();
}
