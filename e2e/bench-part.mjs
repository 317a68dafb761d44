// `node e2e/bench-part.mjs popup radar import people`: only the named parts of `npm run bench` (the extension
// must be built), for measuring one change several times without the whole run. Prints the same table.
import { launchBrowser } from './support/browser.mjs';
import { startFixtureServer } from './support/server.mjs';
import { round } from './support/stats.mjs';
import { benchPopup } from './bench/popup.mjs';
import { benchImport } from './bench/import.mjs';
import { benchPagePeople } from './bench/people.mjs';
import { benchRadar } from './bench/radar.mjs';

const PARTS = { popup: benchPopup, radar: benchRadar, import: benchImport, people: benchPagePeople };
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const names = process.argv.slice(2);
const unknown = names.filter((n) => !(n in PARTS));
if (names.length === 0 || unknown.length > 0) {
  console.error(`usage: node e2e/bench-part.mjs <${Object.keys(PARTS).join('|')}>...`);
  process.exit(2);
}
const results = [];
const record = (name, value, unit, goal, note = '') => results.push({ name, value: round(value, 2), unit, goal, note });
const server = await startFixtureServer();
try {
  const browser = await launchBrowser({ port: server.port });
  try {
    for (const name of names) await PARTS[name](browser, RUNS, record, () => launchBrowser({ port: server.port }));
  } finally {
    await browser.close();
  }
} finally {
  await server.close();
}
const width = Math.max(...results.map((r) => r.name.length));
for (const r of results) {
  console.log(`${r.name.padEnd(width)}  ${String(r.value).padStart(8)} ${r.unit.padEnd(3)}  ${r.goal ? `goal ${r.goal}` : ''}  ${r.note}`);
}
