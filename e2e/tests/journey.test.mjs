import assert from 'node:assert/strict';
import { test } from 'node:test';
import ICAL from 'ical.js';
import { sidebar } from '../support/browser.mjs';
import { useBrowser, waitForExactText } from '../support/harness.mjs';

const env = useBrowser();
const ELEANOR = 'https://www.linkedin.com/in/eleanor-whitcombe-3a91b4/';
const ELEANOR_KEY = 'linkedin:eleanor-whitcombe-3a91b4';

/** `YYYY-MM-DD` of a local day `days` from today. */
function dayInput(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** 09:00 local time `days` from today, as a follow-up is scheduled. */
function followUpAt(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  d.setHours(9, 0, 0, 0);
  return d.getTime();
}

/** Clicks the export button and reads the .ics the browser saved, parsed with ical.js. */
async function exportIcs(page, button) {
  const file = await env.browser.download(page, () => button.click());
  assert.match(file.suggestedFilename, /^mentor-radar-follow-ups?-\d{4}-\d{2}-\d{2}\.ics$/);
  const text = file.text;
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  return { fileName: file.suggestedFilename, text, events };
}

test('sidebar: goals both ways, session kit, logged session, cadence and the next follow-up as .ics', async () => {
  const page = await env.browser.context.newPage();
  await page.goto(ELEANOR);
  const frame = sidebar(page);
  await waitForExactText(frame.getByTestId('profile-name'), 'Eleanor Whitcombe');
  const journey = frame.getByTestId('journey');

  // First session agenda before anything is saved: names the person, in English by default.
  const agenda = journey.getByTestId('session-agenda');
  await journey.getByTestId('session-kit').waitFor();
  await frame.locator('[data-testid="session-kit"][data-first="true"]').waitFor();
  assert.match(await agenda.inputValue(), /^First session: .+ & Eleanor Whitcombe/);
  assert.match(await agenda.inputValue(), /45-minute plan/);

  // Goals in both directions; adding the first one saves the person.
  await journey.getByTestId('goal-input').fill('Post my first short video');
  await journey.getByTestId('goal-add').click();
  await journey.getByTestId('goal-item').filter({ hasText: 'Post my first short video' }).waitFor();
  await journey.getByTestId('goal-direction').selectOption('they-learn');
  await journey.getByTestId('goal-input').fill('Prepare a salary negotiation');
  await journey.getByTestId('goal-input').press('Enter');
  const theirs = journey.locator('[data-direction="they-learn"] [data-testid="goal-item"]');
  await theirs.filter({ hasText: 'Prepare a salary negotiation' }).waitFor();
  assert.equal(await journey.getByTestId('goal-item').count(), 2);
  await frame.getByTestId('contact-saved').waitFor();

  // Mark one done.
  const mine = journey.getByTestId('goal-item').filter({ hasText: 'Post my first short video' });
  await mine.getByTestId('goal-done').check();
  await journey.locator('[data-testid="goal-item"][data-done="true"]').filter({ hasText: 'Post my first short video' }).waitFor();

  // German, Du.
  await journey.getByTestId('session-kit-language').selectOption('de');
  await journey.getByTestId('session-kit-form').selectOption('du');
  await frame.locator('[data-testid="session-agenda"][lang="de"]').waitFor();
  const german = await agenda.inputValue();
  assert.match(german, /^Erstes Treffen: /);
  assert.match(german, /\bdu\b/);
  assert.doesNotMatch(german, /\bSie\b/);
  // Copyable: the agenda lands on the clipboard as shown.
  await env.browser.allowClipboard('https://www.linkedin.com');
  await journey.getByTestId('session-agenda-copy').click();
  await journey.getByRole('status').filter({ hasText: 'Agenda copied' }).waitFor();
  assert.equal(await env.browser.readClipboard(page), german);

  // Cadence: every 4 weeks; then a session logged five weeks ago moves the follow-up to one week ago.
  await journey.getByTestId('cadence').selectOption('4');
  await journey.getByTestId('journey-next-follow-up').waitFor();
  await journey.getByTestId('session-date').fill(dayInput(-35));
  await journey.getByTestId('session-notes').fill('Coffee at the canal; walked through short-video hooks.');
  await journey.getByTestId('session-i-learned').fill('A hook in the first two seconds');
  await journey.getByTestId('session-log').click();
  const sessionEvent = frame.locator('[data-testid="timeline-event"][data-event="session"]');
  await sessionEvent.waitFor();
  assert.match(await sessionEvent.innerText(), /A hook in the first two seconds/);

  // Later sessions pick up the open goal (the done one is not repeated).
  await frame.locator('[data-testid="session-kit"][data-first="false"]').waitFor();
  const later = await agenda.inputValue();
  assert.match(later, /^Treffen 2: /);
  assert.match(later, /Prepare a salary negotiation/);
  assert.doesNotMatch(later, /Post my first short video/);

  // The next follow-up as .ics: stable UID per contact, name in the summary, profile link in the description.
  const { text, events } = await exportIcs(page, journey.getByTestId('ics-export'));
  assert.match(text, /\r\n/);
  assert.equal(events.length, 1);
  assert.match(events[0].summary, /Eleanor Whitcombe/);
  assert.equal(events[0].uid, `follow-up-${encodeURIComponent(ELEANOR_KEY)}@mentor-radar`);
  assert.match(events[0].description, /https:\/\/www\.linkedin\.com\/in\/eleanor-whitcombe-3a91b4\//);
  assert.equal(events[0].startDate.toJSDate().getTime(), followUpAt(-35 + 28));

  // Everything survives a reload.
  await page.reload();
  await waitForExactText(frame.getByTestId('profile-name'), 'Eleanor Whitcombe');
  await frame.getByTestId('journey').getByTestId('goal-item').nth(1).waitFor();
  assert.equal(await frame.getByTestId('cadence').inputValue(), '4');
  await page.close();
});

test('popup: the row details carry the same journey (goals, cadence, session kit, session log, .ics), "Due" follows the cadence, the overview counts goals, all follow-ups export', async () => {
  const { context } = env.browser;
  const popup = await env.browser.openExtensionPage('popup.html', { viewport: { width: 460, height: 640 } });
  const row = popup.getByTestId('contact-row').filter({ hasText: 'Eleanor Whitcombe' });
  await row.waitFor();
  // The follow-up the cadence set (a week ago) is due.
  await row.getByTestId('pp-due-marker').waitFor();

  await row.getByTestId('pp-row-expand').click();
  const details = row.getByTestId('pp-row-journey');
  await details.getByTestId('goal-item').nth(1).waitFor();
  assert.equal(await details.getByTestId('cadence').inputValue(), '4');

  // The session kit of the row: the agenda for session 2 (one was logged in the sidebar), built around the
  // open goal, in German with Sie this time, and copyable from the popup.
  await details.locator('[data-testid="session-kit"][data-session="2"]').waitFor();
  const rowAgenda = details.getByTestId('session-agenda');
  assert.match(await rowAgenda.inputValue(), /^Session 2: .+ & Eleanor Whitcombe/);
  await details.getByTestId('session-kit-language').selectOption('de');
  await details.getByTestId('session-kit-form').selectOption('sie');
  await details.locator('[data-testid="session-agenda"][lang="de"]').waitFor();
  const german = await rowAgenda.inputValue();
  assert.match(german, /^Treffen 2: /);
  assert.match(german, /Prepare a salary negotiation/);
  assert.doesNotMatch(german, /Post my first short video/);
  assert.match(german, /\bSie\b/);
  assert.doesNotMatch(german, /\bdu\b/);
  await env.browser.allowClipboard(); // every origin: Chromium grants none to an extension's own (opaque) origin
  await details.getByTestId('session-agenda-copy').click();
  await details.getByRole('status').filter({ hasText: 'Agenda copied' }).waitFor();
  assert.equal(await env.browser.readClipboard(popup), german);

  // Two-way: mark their goal done here, and the sidebar shows it.
  const theirs = details.getByTestId('goal-item').filter({ hasText: 'Prepare a salary negotiation' });
  await theirs.getByTestId('goal-done').check();
  await details.locator('[data-testid="goal-item"][data-done="true"]').nth(1).waitFor();

  // Journey at a glance in the overview: Eleanor is mentoring now, 2 of 2 goals done.
  const toggle = popup.getByTestId('pp-summary-toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const glance = popup.getByTestId('journey-glance');
  await popup.locator('[data-testid="journey-goals"][data-done="2"][data-total="2"]').waitFor();
  assert.match(await glance.locator('[data-stage="mentoring"]').innerText(), /1/);

  // A cadence chosen in the popup moves the follow-up out of "due".
  await details.getByTestId('cadence').selectOption('8');
  await row.getByTestId('pp-due-marker').waitFor({ state: 'detached' });

  // A session logged from the popup joins the timeline next to the one logged in the sidebar.
  await details.getByTestId('session-notes').fill('Call about the negotiation');
  await details.getByTestId('session-log').click();
  await row.locator('[data-testid="pp-timeline-item"][data-event="session"]').nth(1).waitFor();
  // …and the kit moves on to the third session.
  await details.locator('[data-testid="session-kit"][data-session="3"]').waitFor();
  assert.match(await rowAgenda.inputValue(), /^Treffen 3: /);

  // This person's next follow-up as .ics from the row: eight weeks after today's session, 09:00, same UID.
  const one = await exportIcs(popup, details.getByTestId('ics-export'));
  assert.match(one.fileName, /^mentor-radar-follow-up-/);
  assert.equal(one.events.length, 1);
  assert.equal(one.events[0].uid, `follow-up-${encodeURIComponent(ELEANOR_KEY)}@mentor-radar`);
  assert.match(one.events[0].summary, /Eleanor Whitcombe/);
  assert.match(one.events[0].description, /https:\/\/www\.linkedin\.com\/in\/eleanor-whitcombe-3a91b4\//);
  assert.equal(one.events[0].startDate.toJSDate().getTime(), followUpAt(56));

  // All upcoming follow-ups as one .ics, from the overview.
  const all = await exportIcs(popup, popup.locator('[data-testid="ics-export"][data-scope="all"]'));
  assert.match(all.fileName, /^mentor-radar-follow-ups-/);
  assert.deepEqual(
    all.events.map((e) => e.uid),
    [`follow-up-${encodeURIComponent(ELEANOR_KEY)}@mentor-radar`],
  );
  await popup.close();

  const page = await context.newPage();
  await page.goto(ELEANOR);
  const frame = sidebar(page);
  await frame.locator('[data-testid="goal-item"][data-done="true"]').nth(1).waitFor();
  assert.equal(await frame.getByTestId('cadence').inputValue(), '8');
  await page.close();
});
