// Issue 11 through the real extension: My profile (teaches Corporate Strategy, Leadership, Negotiation;
// learns Generative AI, TikTok Marketing, Data Visualization; career since 1994), a Connections.csv of ten
// invented people known only by their position → the popup ranks the plausible reverse mentors first, and
// the radar page lists them per goal.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useBrowser } from '../support/harness.mjs';

const env = useBrowser();
const CSV = new URL('../fixtures/Connections-radar.csv', import.meta.url).pathname;
// Digital know-how from early/mid-career people: all reverse mentors for a 1994 strategist.
const REVERSE_MENTORS = ['Nova Ferreira-Lund', 'Lio Brandtwein', 'Mara Okonkwo-Weiss', 'Yuna Halvorsen-Ito', 'Tjark Ellingsen', 'Ilka Thornquist'];
// They name my goals themselves (AI, TikTok, dashboards): the very top.
const GOAL_MENTORS = ['Nova Ferreira-Lund', 'Lio Brandtwein', 'Yuna Halvorsen-Ito'];
const SENIORS = ['Gerhild Sauerbrey', 'Bernadette Quaile', 'Casimir Vandenholt'];

async function addSkills(page, testId, skills) {
  const input = page.getByTestId(testId);
  for (const skill of skills) {
    await input.fill(skill);
    await input.press('Enter');
  }
}

test('imported titles are scored: the reverse mentors top the popup, the radar lists them per goal', async () => {
  const { context } = env.browser;
  const options = await env.browser.openExtensionPage('options.html');
  await addSkills(options, 'my-teach-skills', ['Corporate Strategy', 'Leadership', 'Negotiation']);
  await addSkills(options, 'my-learn-skills', ['Generative AI', 'TikTok Marketing', 'Data Visualization']);
  await options.getByTestId('my-career-start').fill('1994');
  await options.getByTestId('my-career-start').blur();
  await options.locator('[data-testid="my-profile-status"][data-state="saved"]').waitFor();
  // Six quick saves in a row: none may be undone by a settings read answering late with an earlier one.
  assert.equal(await options.getByTestId('my-teach-tag').count(), 3);
  assert.equal(await options.getByTestId('my-learn-tag').count(), 3);
  await options.getByTestId('import-file').setInputFiles(CSV);
  await options.locator('[data-testid="import-status"][data-state="done"]').waitFor();

  const popup = await env.browser.openExtensionPage('popup.html');
  await popup.waitForFunction(() => document.querySelectorAll('[data-testid="contact-row"]').length === 10);
  const rows = await popup.getByTestId('contact-row').evaluateAll((els) =>
    els.map((el) => ({ text: el.innerText, kind: el.getAttribute('data-kind'), score: Number(el.getAttribute('data-score')) })),
  );
  const top = rows.slice(0, REVERSE_MENTORS.length);
  for (const row of top) assert.equal(row.kind, 'reverse', `top row is a reverse mentor: ${row.text}`);
  for (const name of REVERSE_MENTORS) assert.ok(top.some((r) => r.text.includes(name)), `${name} among the top rows`);
  for (const name of GOAL_MENTORS) assert.ok(rows.slice(0, 4).some((r) => r.text.includes(name)), `${name} among the first four`);
  for (const name of SENIORS) assert.ok(!top.some((r) => r.text.includes(name)), `${name} not among the top rows`);
  assert.ok(rows.every((r, i) => i === 0 || rows[i - 1].score >= r.score), 'ranked by score');
  assert.ok(top.every((r) => r.score > 0));
  // Mara shows my goal Data Visualization (through Data Science); Tjark's React skills nobody asked for.
  const at = (name) => rows.findIndex((r) => r.text.includes(name));
  const ranking = rows.map((r) => `${r.text.split('\n')[0]} ${r.score}`).join('; ');
  assert.ok(at('Mara Okonkwo-Weiss') < at('Tjark Ellingsen'), `the data-science student above the React developer: ${ranking}`);
  // The basis of the estimate is shown.
  assert.match(rows.find((r) => r.text.includes('Mara'))?.text ?? '', /estimated from the title 'Working Student'/);

  const [radar] = await Promise.all([context.waitForEvent('page'), popup.getByTestId('open-radar').click()]);
  await radar.locator('[data-testid="radar-page"][data-ready="true"]').waitFor();
  const goal = (skill) => radar.locator(`[data-testid="radar-goal"][data-skill="${skill}"]`);
  const firstName = async (skill) => goal(skill).getByTestId('radar-person').first().locator('strong').innerText();
  assert.equal(await firstName('generative-ai'), 'Nova Ferreira-Lund');
  assert.equal(await firstName('tiktok-marketing'), 'Lio Brandtwein');
  const dataViz = await goal('data-visualization').getByTestId('radar-person').locator('strong').allInnerTexts();
  assert.ok(dataViz.includes('Yuna Halvorsen-Ito') && dataViz.includes('Mara Okonkwo-Weiss'), dataViz.join(', '));
  assert.equal(await goal('generative-ai').getByTestId('radar-person').first().getAttribute('data-kind'), 'reverse');
  assert.match(await goal('tiktok-marketing').getByTestId('radar-reason').first().innerText(), /who names TikTok Marketing — could teach you TikTok Marketing.*; you could teach Lio /);
  assert.ok((await radar.getByTestId('radar-pairs').getByTestId('radar-person').count()) > 0);
  await radar.locator('[data-testid="radar-introductions"][data-ready="true"]').waitFor();
});
