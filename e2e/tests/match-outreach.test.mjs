import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sidebar } from '../support/browser.mjs';
import { useBrowser } from '../support/harness.mjs';

const env = useBrowser();
const MILA = 'https://www.linkedin.com/in/mila-kowalczyk-4b21a7231/';

async function addSkills(page, testId, skills) {
  const input = page.getByTestId(testId);
  for (const skill of skills) {
    await input.fill(skill);
    await input.press('Enter');
  }
}

test('after install the options page welcomes the user and My profile is saved live', async () => {
  const { context } = env.browser;
  const options = await env.browser.welcomePage();
  await options.getByTestId('onboarding').waitFor();
  // My profile has the focus: the user can start typing a skill at once.
  await options.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'my-teach-skills');

  // Before that, a profile page can only ask for my skills.
  const page = await context.newPage();
  await page.goto(MILA);
  const frame = sidebar(page);
  await frame.getByTestId('match-profile-hint').waitFor();
  assert.equal(await frame.getByTestId('match-score').count(), 0);

  await addSkills(options, 'my-teach-skills', ['Corporate Strategy', 'Leadership', 'Emotional Intelligence']);
  await addSkills(options, 'my-learn-skills', ['Generative AI', 'TikTok Marketing']);
  assert.equal(await options.getByTestId('my-teach-tag').count(), 3);
  assert.equal(await options.getByTestId('my-learn-tag').count(), 2);
  await options.getByTestId('my-career-start').fill('1995');
  await options.getByTestId('my-name').fill('Alex Berger');
  await options.getByTestId('my-name').blur();
  await options.locator('[data-testid="my-profile-status"][data-state="saved"]').waitFor();
  // Live: the open sidebar shows the match without a reload, and follows the Premium setting.
  await frame.getByTestId('match-score').waitFor();
  assert.match(await frame.getByTestId('outreach-counter').innerText(), / \/ 200 /);
  await options.getByTestId('my-premium').check();
  await frame.getByTestId('outreach-counter').filter({ hasText: / \/ 300 / }).waitFor();
  await options.getByTestId('my-premium').uncheck();
  await frame.getByTestId('outreach-counter').filter({ hasText: / \/ 200 / }).waitFor();
  await page.close();

  await options.getByTestId('onboarding-done').click();
  await options.getByTestId('onboarding').waitFor({ state: 'detached' });
  // Saved: a fresh options page shows the same profile and no welcome any more.
  await options.goto(env.browser.extensionUrl('options.html'));
  await options.getByTestId('my-teach-tag').first().waitFor();
  assert.equal(await options.getByTestId('my-teach-tag').count(), 3);
  assert.equal(await options.getByTestId('my-career-start').inputValue(), '1995');
  assert.equal(await options.getByTestId('onboarding').count(), 0);
  await options.close();
});

test('the guest profile is a reverse-mentoring match; a copied note fits 200 characters and marks her contacted', async () => {
  const { context } = env.browser;
  await env.browser.allowClipboard('https://www.linkedin.com');
  const page = await context.newPage();
  await page.goto(MILA);
  const frame = sidebar(page);

  // The guest view has no Skills card: the skills her headline and About name are shown instead.
  assert.match(await frame.getByTestId('profile-skills-mentioned').innerText(), /TikTok Marketing/);

  const score = frame.getByTestId('match-score');
  await score.waitFor();
  const value = Number((await score.innerText()).trim());
  // A two-way exchange across a 25-year gap: strong, in words too.
  assert.equal(await frame.getByTestId('match-strength').getAttribute('data-strength'), 'strong');
  assert.match(await frame.getByTestId('match-strength').innerText(), /Strong potential/);
  assert.ok(Number.isInteger(value) && value >= 50 && value <= 100, `score ${value}`);
  const kind = frame.getByTestId('match-kind');
  assert.equal(await kind.getAttribute('data-kind'), 'reverse');
  assert.match(await kind.innerText(), /Reverse mentoring/i);
  const explanation = await frame.getByTestId('match-explanation').innerText();
  assert.match(explanation, /Mila could teach you .*TikTok Marketing/);
  // Both directions: her digital skills to me, my strategy and people skills to her.
  assert.match(explanation, /you could teach Mila Corporate Strategy, Leadership and Emotional Intelligence/);
  assert.match(explanation, /reverse-mentoring/);

  await frame.getByTestId('outreach-format-connection-note').check();
  assert.ok((await frame.getByTestId('outreach-choice').count()) >= 3, 'at least three drafts to pick from');
  await frame.getByTestId('outreach-choice').nth(1).click();
  const draft = await frame.getByTestId('outreach-draft').inputValue();
  assert.match(await frame.getByTestId('outreach-counter').innerText(), new RegExp(`^${draft.length} / 200`));

  await frame.getByTestId('outreach-copy').click();
  await frame.locator('[data-testid="outreach-status"][data-state="copied"]').waitFor();
  assert.match(await frame.getByTestId('outreach-status').innerText(), /Copied/);
  const copied = await env.browser.readClipboard(page);
  assert.equal(copied, draft);
  assert.ok(copied.length <= 200, `${copied.length} characters: ${copied}`);
  assert.match(copied, /Mila/);

  // Copying saved her (she was not saved before) and moved her from idea to contacted.
  await frame.getByTestId('contact-saved').waitFor();
  const popup = await env.browser.openExtensionPage('popup.html');
  const row = popup.getByTestId('contact-row').filter({ hasText: 'Mila Kowalczyk' });
  await row.waitFor();
  assert.match(await row.innerText(), /Contacted/);
  await popup.close();

  // A message is longer and still within 2,000; editing updates the counter and flags going over.
  await frame.getByTestId('outreach-format-message').check();
  const message = await frame.getByTestId('outreach-draft').inputValue();
  assert.ok(message.length > 200 && message.length <= 2000, `message of ${message.length}`);
  await frame.getByTestId('outreach-format-connection-note').check();
  await frame.getByTestId('outreach-draft').fill('x'.repeat(205));
  await frame.locator('[data-testid="outreach-counter"][data-over="true"]').waitFor();
  assert.match(await frame.getByTestId('outreach-counter').innerText(), /205 \/ 200.*5 too many/);
  await frame.getByTestId('outreach-reset').click();
  await frame.locator('[data-testid="outreach-counter"][data-over="false"]').waitFor();
  await page.close();
});

test('German drafts with Sie never slip into du', async () => {
  const page = await env.browser.context.newPage();
  await page.goto(MILA);
  const frame = sidebar(page);
  await frame.getByTestId('match-score').waitFor();
  await frame.getByTestId('outreach-language').selectOption('de');
  await frame.getByTestId('outreach-address').selectOption('sie');
  for (const format of ['connection-note', 'message']) {
    await frame.getByTestId(`outreach-format-${format}`).check();
    const choices = frame.getByTestId('outreach-choice');
    const count = await choices.count();
    assert.ok(count >= 3);
    for (let i = 0; i < count; i++) {
      await choices.nth(i).click();
      const text = await frame.getByTestId('outreach-draft').inputValue();
      assert.match(text, /(?<!\p{L})(Sie|Ihnen|Ihr\p{L}*)(?!\p{L})/u, text);
      assert.doesNotMatch(text, /(?<!\p{L})(du|dich|dir|dein\p{L}*)(?!\p{L})/iu, text);
    }
  }
  // Rephrase appears only where Chrome has an on-device model; Debian's Chromium has none.
  assert.equal(await frame.getByTestId('outreach-rephrase').count(), 0);
  await page.close();
});

test('a user template with an unknown placeholder is refused; a valid one leads the drafts', async () => {
  const { context } = env.browser;
  const options = await env.browser.openExtensionPage('options.html');
  await options.getByTestId('template-new').click();
  await options.getByTestId('template-name').fill('Short and sweet');
  await options.getByTestId('template-body').fill('Hi {firstNam}, coffee?');
  await options.getByTestId('template-save').click();
  const issues = options.getByTestId('template-issues');
  await issues.waitFor();
  assert.match(await issues.innerText(), /Unknown placeholder \{firstNam\}/);
  assert.equal(await options.getByTestId('template-row').count(), 0);

  await options.getByTestId('template-body').fill('Hi {firstName}, swap {theyTeach} for {iTeach}? – {myFirstName}');
  await options.getByTestId('template-preview').waitFor();
  await options.getByTestId('template-save').click();
  await options.getByTestId('template-row').filter({ hasText: 'Short and sweet' }).waitFor();
  await options.close();

  const page = await context.newPage();
  await page.goto(MILA);
  const frame = sidebar(page);
  await frame.getByTestId('match-score').waitFor();
  await frame.getByTestId('outreach-language').selectOption('en');
  await frame.getByTestId('outreach-format-connection-note').check();
  await frame.getByTestId('outreach-choice').first().click();
  assert.match(await frame.getByTestId('outreach-draft').inputValue(), /^Hi Mila, swap .+ for .+\? – Alex$/);
  await page.close();
});
