// Sidebar (issue 4): tagging by keyboard, notes timeline, relationship, live updates across tabs,
// German UI, hostile page CSS. Everything is checked through what the user sees in the sidebar iframe.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { launchBrowser, sidebar } from '../support/browser.mjs';
import { useBrowser, waitForExactText } from '../support/harness.mjs';

const env = useBrowser();
const LINNEA = 'https://www.linkedin.com/in/linnea-okafor-strand/';
const ELEANOR = 'https://www.linkedin.com/in/eleanor-whitcombe-3a91b4/';
const JONAS = 'https://www.linkedin.com/in/jonas-feldmann/';
const KATRIN = 'https://www.xing.com/profile/Katrin_Hollweg';
const HENRIKE = 'https://de.linkedin.com/in/henrike-vossberg-7c2e41/';
const HOSTILE = 'https://www.linkedin.com/in/hostile-css-person/';

/** Opens a profile in a new tab and waits until its sidebar shows the tag fields. */
async function openProfile(context, url, name) {
  const page = await context.newPage();
  await page.goto(url);
  const frame = sidebar(page);
  if (name) await waitForExactText(frame.getByTestId('profile-name'), name);
  await frame.getByTestId('skill-input-teach').waitFor();
  return { page, frame };
}

/** Chip texts without the remove button's "×". */
async function chipTexts(locator) {
  return (await locator.allInnerTexts()).map((t) => t.replace(/×/g, '').trim());
}

/** Polls until `read()` gives `expected` (live updates arrive asynchronously), then asserts it. */
async function eventually(read, expected, timeout = 10000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await read();
    if (JSON.stringify(last) === JSON.stringify(expected)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.deepEqual(last, expected);
}

function waitForChips(locator, expected) {
  return eventually(() => chipTexts(locator), expected);
}

test('tag by keyboard, add a note, reload: all still there, and the popup lists the new contact', async () => {
  const { context } = env.browser;
  const { page, frame } = await openProfile(context, LINNEA, 'Linnea Okafor-Strand');
  assert.equal(await frame.getByTestId('contact-saved').count(), 0, 'opening a profile stores nothing');
  await frame.getByTestId('not-saved-hint').waitFor();

  // "KI" + Enter → the catalogue's AI skill (the alias is normalised to one skill id).
  await frame.getByTestId('skill-input-teach').focus();
  await page.keyboard.type('KI');
  await page.keyboard.press('Enter');
  await waitForChips(frame.getByTestId('tag-teach'), ['Artificial Intelligence']);
  assert.equal(await frame.getByTestId('tag-teach').first().getAttribute('data-skill-id'), 'artificial-intelligence');
  // Tagging created the contact.
  await frame.getByTestId('contact-saved').waitFor();

  // Arrows + Enter on a suggestion.
  await frame.getByTestId('skill-input-learn').focus();
  await page.keyboard.type('strat');
  const suggestions = frame.getByTestId('skill-suggestion');
  await suggestions.nth(1).waitFor();
  const second = (await suggestions.nth(1).locator('span').first().innerText()).trim();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await waitForChips(frame.getByTestId('tag-learn'), [second]);

  // Backspace in the empty field removes the last tag; a profile skill is one click away.
  await page.keyboard.type('Figma');
  await page.keyboard.press('Enter');
  await waitForChips(frame.getByTestId('tag-learn'), [second, 'Figma']);
  await page.keyboard.press('Backspace');
  await waitForChips(frame.getByTestId('tag-learn'), [second]);
  await frame.getByTestId('tag-teach-offer').filter({ hasText: 'Generative AI' }).first().click();
  await waitForChips(frame.getByTestId('tag-teach'), ['Artificial Intelligence', 'Generative AI']);

  // Free text with markup is a custom skill shown as text.
  await frame.getByTestId('skill-input-teach').focus();
  await page.keyboard.type('<b>Bold</b> Ideas');
  await page.keyboard.press('Enter');
  await waitForChips(frame.getByTestId('tag-teach'), ['Artificial Intelligence', 'Generative AI', '<b>Bold</b> Ideas']);
  assert.equal(await frame.getByTestId('tag-teach').locator('b').count(), 0);

  // Notes: empty is rejected with a message; text keeps its line breaks.
  await frame.getByTestId('note-save').click();
  await frame.getByTestId('note-error').waitFor();
  await frame.getByTestId('note-input').fill('First call went well.\nShe offered to review my prototype.');
  await frame.getByTestId('note-save').click();
  await frame.getByTestId('note-item').first().waitFor();
  assert.equal(await frame.getByTestId('note-error').count(), 0);
  assert.equal(await frame.getByTestId('note-input').inputValue(), '', 'the field is emptied after saving');

  await page.reload();
  await frame.getByTestId('skill-input-teach').waitFor();
  await waitForChips(frame.getByTestId('tag-teach'), ['Artificial Intelligence', 'Generative AI', '<b>Bold</b> Ideas']);
  await waitForChips(frame.getByTestId('tag-learn'), [second]);
  const note = frame.getByTestId('note-item');
  await note.first().waitFor();
  assert.equal(await note.count(), 1);
  assert.equal(
    await note.first().getByTestId('note-text').innerText(),
    'First call went well.\nShe offered to review my prototype.',
  );
  // The "saved" event sits in the same timeline, below the note (newest first).
  const entries = frame.locator('[data-testid="timeline"] > li');
  assert.equal(await entries.last().getAttribute('data-event'), 'saved');

  // The custom skill is remembered and suggested in other fields afterwards.
  await frame.getByTestId('skill-input-learn').focus();
  await page.keyboard.type('Bold');
  await waitForExactText(frame.getByTestId('skill-suggestion').locator('span').first(), '<b>Bold</b> Ideas');

  const popup = await env.browser.openExtensionPage('popup.html');
  const row = popup.getByTestId('contact-row').filter({ hasText: 'Linnea Okafor-Strand' });
  await row.waitFor();
  await popup.close();
  await page.close();
});

test('notes: HTML, RTL, emoji and 10,000 characters are shown as text; edit, delete and undo', async () => {
  const { context } = env.browser;
  const { page, frame } = await openProfile(context, JONAS, 'Jonas Feldmann');
  const input = frame.getByTestId('note-input');
  const notes = frame.getByTestId('note-item');

  await input.fill('<b>x</b>');
  await frame.getByTestId('note-save').click();
  await waitForExactText(notes.first().getByTestId('note-text'), '<b>x</b>');
  assert.equal(await notes.first().locator('b').count(), 0, 'not rendered as markup');

  await input.fill('שלום, נדבר מחר 👋');
  await input.press('Control+Enter');
  await waitForExactText(notes.first().getByTestId('note-text'), 'שלום, נדבר מחר 👋');
  assert.equal(await notes.first().getByTestId('note-text').getAttribute('dir'), 'auto');

  const long = `${'Lorem ipsum dolor sit amet. '.repeat(358)}end`.slice(0, 10_000);
  assert.equal(long.length, 10_000);
  await input.fill(long);
  await frame.getByTestId('note-save').click();
  await notes.nth(2).waitFor();
  await notes.first().getByRole('button', { name: 'Show all' }).click();
  assert.equal((await notes.first().getByTestId('note-text').innerText()).length, 10_000);

  // Edit the oldest note.
  const oldest = notes.last();
  await oldest.getByTestId('note-edit').click();
  await oldest.getByTestId('note-edit-input').fill('Edited <i>text</i>\nsecond line');
  await oldest.getByTestId('note-edit-save').click();
  await waitForExactText(notes.last().getByTestId('note-text'), 'Edited <i>text</i>\nsecond line');

  // Delete the newest, then undo.
  assert.equal(await notes.count(), 3);
  await notes.first().getByTestId('note-delete').click();
  await frame.getByTestId('undo-toast').waitFor();
  await eventually(() => notes.count(), 2);
  await frame.getByTestId('note-undo').click();
  await eventually(() => notes.count(), 3);
  await notes.first().getByRole('button', { name: 'Show all' }).click();
  assert.equal((await notes.first().getByTestId('note-text').innerText()).length, 10_000, 'the long note is back');

  await page.reload();
  await notes.nth(2).waitFor();
  assert.equal(await notes.count(), 3);
  await page.close();
});

test('a note being typed survives closing the tab, and is gone once saved', async () => {
  const { context } = env.browser;
  let { page, frame } = await openProfile(context, KATRIN, 'Katrin Hollweg');
  await frame.getByTestId('note-input').fill('Halbfertiger Gedanke …\nzweite Zeile');
  await page.waitForTimeout(600); // the draft is written after a short pause in typing
  await page.close();

  ({ page, frame } = await openProfile(context, KATRIN, 'Katrin Hollweg'));
  const input = frame.getByTestId('note-input');
  await eventually(() => input.inputValue(), 'Halbfertiger Gedanke …\nzweite Zeile');
  assert.equal(await frame.getByTestId('contact-saved').count(), 0, 'a draft does not save the person');

  await frame.getByTestId('note-save').click();
  await frame.getByTestId('note-item').first().waitFor();
  await page.reload();
  await frame.getByTestId('note-item').first().waitFor();
  await page.waitForTimeout(300);
  assert.equal(await frame.getByTestId('note-input').inputValue(), '');
  await page.close();
});

test('status, direction and follow-up date are saved, shown in the timeline and survive a reload', async () => {
  const { context } = env.browser;
  const { page, frame } = await openProfile(context, HENRIKE);
  await frame.getByTestId('contact-status').selectOption('conversation');
  await frame.locator('[data-event="status-changed"]').waitFor();
  await frame.getByTestId('contact-direction').selectOption('mutual');
  await frame.getByTestId('follow-up-date').fill('2031-05-02');
  await frame.locator('[data-event="follow-up-set"]').waitFor();
  assert.match(await frame.locator('[data-event="follow-up-set"]').innerText(), /2 May 2031/);

  await page.reload();
  await frame.getByTestId('contact-status').waitFor();
  await frame.locator('[data-event="follow-up-set"]').waitFor();
  assert.equal(await frame.getByTestId('contact-status').inputValue(), 'conversation');
  assert.equal(await frame.getByTestId('contact-direction').inputValue(), 'mutual');
  assert.equal(await frame.getByTestId('follow-up-date').inputValue(), '2031-05-02');

  await frame.getByTestId('follow-up-clear').click();
  await page.reload();
  await frame.getByTestId('contact-status').waitFor();
  await frame.locator('[data-event="follow-up-set"]').waitFor();
  assert.equal(await frame.getByTestId('follow-up-date').inputValue(), '');
  await page.close();
});

test('a change in one tab appears live in another tab with the same person and in the popup', async () => {
  const { context } = env.browser;
  const popup = await env.browser.openExtensionPage('popup.html');
  await popup.getByTestId('contact-row').first().waitFor();
  const a = await openProfile(context, ELEANOR, 'Eleanor Whitcombe');
  const b = await openProfile(context, ELEANOR, 'Eleanor Whitcombe');

  await a.frame.getByTestId('skill-input-teach').focus();
  await a.page.keyboard.type('JS');
  await a.page.keyboard.press('Enter');
  await waitForChips(b.frame.getByTestId('tag-teach'), ['JavaScript']);
  await popup.getByTestId('contact-row').filter({ hasText: 'Eleanor Whitcombe' }).waitFor();

  await b.frame.getByTestId('note-input').fill('Written in tab B');
  await b.frame.getByTestId('note-save').click();
  await waitForExactText(a.frame.getByTestId('note-item').first().getByTestId('note-text'), 'Written in tab B');

  await b.frame.getByTestId('contact-status').selectOption('mentoring');
  await eventually(() => a.frame.getByTestId('contact-status').inputValue(), 'mentoring');
  await popup.getByTestId('contact-row').filter({ hasText: 'Eleanor Whitcombe' }).filter({ hasText: 'Mentoring' }).waitFor();

  await a.page.close();
  await b.page.close();
  await popup.close();
});

test('switching the language in options turns the open sidebar German at once', async () => {
  const { context } = env.browser;
  const { page, frame } = await openProfile(context, ELEANOR, 'Eleanor Whitcombe');
  await frame.getByText('Could teach me', { exact: true }).waitFor();

  const options = await env.browser.openExtensionPage('options.html');
  await options.getByTestId('ui-language-de').check();
  await options.getByTestId('language-section').getByRole('heading', { name: 'Sprache' }).waitFor();

  await frame.getByText('Könnte mir beibringen', { exact: true }).waitFor();
  await frame.getByText('Könnte von mir lernen', { exact: true }).waitFor();
  await frame.getByText('Notizen und Verlauf', { exact: true }).waitFor();
  assert.equal(await frame.getByTestId('note-save').innerText(), 'Notiz hinzufügen');

  await options.getByTestId('ui-language-auto').check();
  await frame.getByText('Could teach me', { exact: true }).waitFor();
  await options.close();
  await page.close();
});

test('a German browser gets the German sidebar by default, with German skill names', async () => {
  const browser = await launchBrowser({ port: env.server.port, lang: 'de-DE' });
  try {
    const { page, frame } = await openProfile(browser.context, KATRIN, 'Katrin Hollweg');
    await frame.getByText('Könnte mir beibringen', { exact: true }).waitFor();
    await frame.getByText('Beziehung', { exact: true }).waitFor();
    await frame.getByTestId('skill-input-teach').focus();
    await page.keyboard.type('AI');
    await page.keyboard.press('Enter');
    await waitForChips(frame.getByTestId('tag-teach'), ['Künstliche Intelligenz']);
    await frame.locator('[data-event="saved"]').filter({ hasText: 'Als Kontakt gespeichert' }).waitFor();
    assert.deepEqual(browser.takeExtensionErrors(), []);
  } finally {
    await browser.close();
  }
});

test('the sidebar stays readable and usable over hostile page CSS, within 360 px', async () => {
  const { context } = env.browser;
  const { page, frame } = await openProfile(context, HOSTILE, 'Rosa Quintero');
  const iframeBox = await page.locator('#mentor-radar > iframe').boundingBox();
  assert.equal(iframeBox?.width, 360);

  const input = frame.getByTestId('skill-input-teach');
  const box = await input.boundingBox();
  assert.ok(box && box.width > 200 && box.height > 20, `input has a usable size: ${JSON.stringify(box)}`);
  const style = await input.evaluate((el) => {
    const s = getComputedStyle(el);
    return { fontSize: parseFloat(s.fontSize), color: s.color, opacity: s.opacity };
  });
  assert.ok(style.fontSize >= 12, `readable font size ${style.fontSize}`);
  assert.notEqual(style.color, 'rgba(0, 0, 0, 0)');

  await input.focus();
  await page.keyboard.type('Figma');
  await page.keyboard.press('Enter');
  const chip = frame.getByTestId('tag-teach').first();
  await chip.waitFor();
  const chipBox = await chip.boundingBox();
  assert.ok(chipBox && chipBox.width > 30 && chipBox.height > 10, 'chip visible');

  // Focus is visible: the focused field gets an outline.
  const outline = await input.evaluate((el) => getComputedStyle(el).outlineStyle);
  assert.notEqual(outline, 'none');

  // Nothing in the sidebar overflows sideways at 360 px.
  const overflow = await frame.locator('body').evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `horizontal overflow ${overflow}px`);
  await page.close();
});
