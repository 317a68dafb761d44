// Network radar at 10,000 contacts (issue 11): scoring + ranking the whole network with the background's
// code (build every entry: title reading + match; then re-match all + rank, what a My-profile change does),
// the radar page's first render (navigation start → lists committed) and the introductions (tandems among
// the contacts, computed in the background in chunks) as the radar page receives them.
import { bundleForPage } from './bundle.mjs';
import { median } from '../support/stats.mjs';
import { clearNetwork, generateNetwork, seedNetwork, SYNTHETIC_MY_PROFILE } from './synthetic-network.mjs';
import { NETWORK_SIZE } from './popup.mjs';

async function bundleScoring() {
  return bundleForPage(`
    import { buildEntry, matchEntry } from './utils/network/entry.ts';
    import { sortEntries } from './utils/network/ranking.ts';
    import { getCatalogue } from './utils/skills/catalogue.ts';
    import { createSkillIndex } from './utils/skills/search.ts';
    import { skillInfoFrom } from './utils/matching/skill-info.ts';
    window.__radarScoringBench = (contacts, me, runs) => {
      const index = createSkillIndex(getCatalogue());
      const ctx = { me, skills: skillInfoFrom(index), now: new Date() };
      let t = performance.now();
      const entries = contacts.map((c) => buildEntry(c, index, ctx));
      const build = performance.now() - t;
      const rescore = [];
      for (let i = 0; i < runs; i++) {
        t = performance.now();
        for (const e of entries) e.match = matchEntry(e, ctx);
        sortEntries(entries, 'potential');
        rescore.push(performance.now() - t);
      }
      return { build, rescore, reverse: entries.filter((e) => e.match.kind === 'reverse').length };
    };`);
}

export async function benchRadar(browser, runs, record) {
  const network = generateNetwork(NETWORK_SIZE);
  // Half of them known only by their title, as after a Connections.csv import.
  const contacts = network.contacts.map((c, i) => (i % 2 ? { ...c, profile: null, careerStartYear: null, headline: null } : c));
  // A blank page: no site script and no extension-page CSP in the way of the bundled code.
  const page = await browser.context.newPage();
  await page.addScriptTag({ content: await bundleScoring() });
  const r = await page.evaluate(({ contacts, me, runs }) => window.__radarScoringBench(contacts, me, runs), {
    contacts,
    me: SYNTHETIC_MY_PROFILE,
    runs: Math.max(runs, 5),
  });
  await page.close();
  const note = `${NETWORK_SIZE} contacts, half known only by title; ${r.reverse} reverse`;
  record('radar: score + rank whole network (re-match all)', median(r.rescore), 'ms', '≤ 200', note);
  record('radar: build index entries (read titles + match)', r.build, 'ms', '', note);

  await seedNetwork(browser.context, { ...network, contacts });
  const opens = [];
  let intros = null;
  let domRows = null;
  for (let i = 0; i < Math.max(3, Math.min(runs, 8)); i++) {
    const radar = await browser.context.newPage();
    await radar.goto(browser.extensionUrl('radar.html'));
    const handle = await radar.waitForFunction(() => performance.getEntriesByName('mentor-radar:radar-rendered')[0]?.startTime ?? null, null, {
      timeout: 60_000,
    });
    opens.push(await handle.jsonValue());
    if (intros === null) {
      const h = await radar.waitForFunction(
        () => {
          const m = performance.getEntriesByName('mentor-radar:introductions-ready')[0];
          return m ? { at: m.startTime, compared: m.detail?.compared ?? 0 } : null;
        },
        null,
        { timeout: 120_000 },
      );
      intros = await h.jsonValue();
      // The long lists (up to 200 per skill) follow the first render; virtualised, only rows in view are in the DOM.
      const dom = await radar.waitForFunction(
        () => {
          const lists = [...document.querySelectorAll('[data-testid="radar-list"]')];
          const listed = lists.reduce((n, l) => n + Number(l.getAttribute('data-count')), 0);
          return listed > lists.length * 8 ? { listed, rows: document.querySelectorAll('[data-testid="radar-person"]').length } : null;
        },
        null,
        { timeout: 60_000 },
      );
      domRows = await dom.jsonValue();
    }
    await radar.close();
  }
  record('radar: first render, first open (index built)', opens[0], 'ms', '', `${NETWORK_SIZE} contacts; navigation start → lists committed`);
  record('radar: first render, warm background', median(opens.slice(1)), 'ms', '≤ 300', `${NETWORK_SIZE} contacts`);
  record('radar: introductions ready (chunked in the background)', intros.at, 'ms', '', `${intros.compared} pairs compared`);
  record('radar: person rows in the DOM (virtualised lists)', domRows.rows, '', '', `of ${domRows.listed} people listed`);
  await clearNetwork(browser.context);
}
