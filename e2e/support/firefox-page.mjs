// Pages and locators for Firefox (puppeteer-core over WebDriver BiDi) with the same small surface the tests
// use on Playwright's: getByTestId/getByText/getByRole/locator/filter/nth, waitFor, click, fill, press, … Each
// call re-resolves its locator in the page (like Playwright's), and actions wait until the element is there.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RESOLVER_SOURCE } from './locator-resolver.mjs';

const DEFAULT_TIMEOUT = 15_000;
const POLL_MS = 50;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Built once in Node: BiDi sends the function's source to the page, so nothing here depends on page CSP.
const RUN_OP = new Function('steps', 'op', 'arg', `${RESOLVER_SOURCE}\nreturn runOp(steps, op, arg);`);
const FIRST_ELEMENT = new Function('steps', `${RESOLVER_SOURCE}\nreturn resolveAll(steps)[0] ?? null;`);

function textMatcher(value, exact = false) {
  return value instanceof RegExp ? { re: value.source, flags: value.flags } : { s: String(value), exact };
}

/** Keys as Playwright names them ("Control+Enter") for puppeteer's keyboard. */
async function pressChord(keyboard, chord) {
  const keys = chord.split('+');
  const last = keys.pop();
  for (const k of keys) await keyboard.down(k);
  await keyboard.press(last);
  for (const k of keys.reverse()) await keyboard.up(k);
}

// Firefox sends key events only to the active tab, while Playwright's Chromium types into any page: the tab a
// test types into or focuses in is brought to the front first.
function toFront(ppPage) {
  return ppPage.bringToFront();
}

export class FxKeyboard {
  constructor(ppPage) {
    this.pp = ppPage;
  }
  async type(text) {
    await toFront(this.pp);
    return this.pp.keyboard.type(text);
  }
  async press(chord) {
    await toFront(this.pp);
    return pressChord(this.pp.keyboard, chord);
  }
}

/** Where a locator's steps run: the page's main frame, or the frame of an iframe element in it. */
class FrameRoot {
  constructor(page, iframeSelector = null) {
    this.page = page;
    this.iframeSelector = iframeSelector;
  }
  async frame() {
    const main = this.page.pp.mainFrame();
    if (!this.iframeSelector) return main;
    const el = await main.$(this.iframeSelector).catch(() => null);
    if (!el) return null;
    const frame = await el.contentFrame().catch(() => null);
    await el.dispose().catch(() => undefined);
    return frame;
  }
}

export class FxLocator {
  constructor(root, steps) {
    this.root = root;
    this.steps = steps;
  }
  #with(step) {
    return new FxLocator(this.root, [...this.steps, step]);
  }
  locator(css) {
    return this.#with({ css });
  }
  getByTestId(testId) {
    return this.#with({ testId });
  }
  getByText(text, { exact = false } = {}) {
    return this.#with({ text: textMatcher(text, exact) });
  }
  getByRole(role, { name, exact = false } = {}) {
    return this.#with({ role, name: name === undefined ? undefined : textMatcher(name, exact) });
  }
  filter({ hasText }) {
    return this.#with({ hasText: textMatcher(hasText) });
  }
  first() {
    return this.#with({ nth: 0 });
  }
  last() {
    return this.#with({ nth: -1 });
  }
  nth(i) {
    return this.#with({ nth: i });
  }

  /** Runs one op in the page; a frame that is navigating or not there yet counts as "no answer yet". */
  async #op(op, arg) {
    const frame = await this.root.frame();
    if (!frame) throw new Error('e2e: frame not available');
    return frame.evaluate(RUN_OP, this.steps, op, arg);
  }
  /** Retries an op until it succeeds (element present, frame settled) or the timeout passes. */
  async #retry(fn, timeout = DEFAULT_TIMEOUT) {
    const end = Date.now() + timeout;
    let lastError;
    for (;;) {
      try {
        return await fn();
      } catch (e) {
        lastError = e;
      }
      if (Date.now() > end) throw new Error(`${lastError?.message ?? lastError} (locator ${JSON.stringify(this.steps)})`);
      await sleep(POLL_MS);
    }
  }
  async #waitState(pred, timeout = DEFAULT_TIMEOUT, label = 'state') {
    const end = Date.now() + timeout;
    for (;;) {
      const state = await this.#op('state').catch(() => null);
      if (state && pred(state)) return;
      if (Date.now() > end) throw new Error(`e2e: timed out waiting for ${label} of ${JSON.stringify(this.steps)}`);
      await sleep(POLL_MS);
    }
  }
  async #handle() {
    const frame = await this.root.frame();
    if (!frame) throw new Error('e2e: frame not available');
    const handle = await frame.evaluateHandle(FIRST_ELEMENT, this.steps);
    const el = handle.asElement();
    if (!el) {
      await handle.dispose();
      throw new Error('e2e: no element');
    }
    return el;
  }

  waitFor({ state = 'visible', timeout = DEFAULT_TIMEOUT } = {}) {
    const preds = {
      visible: (s) => s.visible,
      hidden: (s) => !s.visible,
      attached: (s) => s.attached,
      detached: (s) => !s.attached,
    };
    return this.#waitState(preds[state], timeout, state);
  }
  count() {
    return this.#retry(() => this.#op('count'));
  }
  isVisible() {
    return this.#retry(() => this.#op('isVisible'));
  }
  isDisabled() {
    return this.#retry(() => this.#op('isDisabled'));
  }
  isChecked() {
    return this.#retry(() => this.#op('isChecked'));
  }
  innerText() {
    return this.#retry(() => this.#op('innerText'));
  }
  textContent({ timeout } = {}) {
    return this.#retry(() => this.#op('textContent'), timeout);
  }
  inputValue() {
    return this.#retry(() => this.#op('inputValue'));
  }
  getAttribute(name) {
    return this.#retry(() => this.#op('getAttribute', name));
  }
  allInnerTexts() {
    return this.#retry(() => this.#op('allInnerTexts'));
  }
  allTextContents() {
    return this.#retry(() => this.#op('allTextContents'));
  }
  boundingBox() {
    return this.#retry(() => this.#op('boundingBox'));
  }
  async focus() {
    await toFront(this.root.page.pp);
    return this.#retry(() => this.#op('focus'));
  }
  blur() {
    return this.#retry(() => this.#op('blur'));
  }
  fill(value) {
    return this.#retry(() => this.#op('fill', value));
  }
  async selectOption(value) {
    return this.#retry(() => this.#op('selectOption', value));
  }
  /** Evaluates `fn(element, arg)` in the element's page. */
  async evaluate(fn, arg) {
    const call = new Function('steps', 'arg', `${RESOLVER_SOURCE}
      const el = resolveAll(steps)[0];
      if (!el) throw new Error('e2e: no element');
      return (${fn.toString()})(el, arg);`);
    return this.#retry(async () => {
      const frame = await this.root.frame();
      if (!frame) throw new Error('e2e: frame not available');
      return frame.evaluate(call, this.steps, arg);
    });
  }
  /** Playwright's `evaluateAll`: `fn(elements, arg)` over every match (none is an empty array, not an error). */
  async evaluateAll(fn, arg) {
    const call = new Function('steps', 'arg', `${RESOLVER_SOURCE}
      return (${fn.toString()})(resolveAll(steps), arg);`);
    return this.#retry(async () => {
      const frame = await this.root.frame();
      if (!frame) throw new Error('e2e: frame not available');
      return frame.evaluate(call, this.steps, arg);
    });
  }
  /** A real click (trusted input events, so clipboard writes and focus behave as for a user). */
  async click() {
    await this.waitFor({ state: 'visible' });
    await this.#retry(async () => {
      await this.#op('scrollIntoView');
      const el = await this.#handle();
      try {
        await el.click();
      } finally {
        await el.dispose().catch(() => undefined);
      }
    });
  }
  async check() {
    if (!(await this.isChecked())) await this.click();
    await this.#waitChecked(true);
  }
  async uncheck() {
    if (await this.isChecked()) await this.click();
    await this.#waitChecked(false);
  }
  async #waitChecked(value) {
    await this.#retry(async () => {
      if ((await this.#op('isChecked')) !== value) throw new Error(`e2e: checkbox not ${value ? 'checked' : 'unchecked'}`);
    });
  }
  async press(chord) {
    await this.focus();
    await pressChord(this.root.page.pp.keyboard, chord);
  }
  /** Playwright's element screenshot (`{ path }`): the first match, scrolled into view. */
  async screenshot({ path } = {}) {
    await this.waitFor({ state: 'visible' });
    return this.#retry(async () => {
      const el = await this.#handle();
      try {
        return await el.screenshot({ path });
      } finally {
        await el.dispose().catch(() => undefined);
      }
    });
  }
  /** A path, or Playwright's `{ name, mimeType, buffer }`, written to a temporary file first. */
  async setInputFiles(file) {
    let path = file;
    if (typeof file !== 'string') {
      path = join(mkdtempSync(join(tmpdir(), 'mentor-radar-upload-')), file.name);
      writeFileSync(path, file.buffer);
    }
    await this.#retry(async () => {
      const el = await this.#handle();
      try {
        await el.uploadFile(path);
      } finally {
        await el.dispose().catch(() => undefined);
      }
    });
  }
}

/** Playwright's locator constructors, for anything with a `root` (a page or a frame inside it). */
class FxLocatorRoot {
  locator(css) {
    return new FxLocator(this.root, [{ css }]);
  }
  getByTestId(testId) {
    return new FxLocator(this.root, [{ testId }]);
  }
  getByText(text, options) {
    return new FxLocator(this.root, []).getByText(text, options);
  }
  getByRole(role, options) {
    return new FxLocator(this.root, []).getByRole(role, options);
  }
}

export class FxFrameLocator extends FxLocatorRoot {
  constructor(page, selector) {
    super();
    this.root = new FrameRoot(page, selector);
  }
}

export class FxPage extends FxLocatorRoot {
  constructor(ppPage, { isExtensionPage = false } = {}) {
    super();
    this.pp = ppPage;
    this.isExtensionPage = isExtensionPage;
    this.keyboard = new FxKeyboard(ppPage);
    this.root = new FrameRoot(this);
  }
  frameLocator(selector) {
    return new FxFrameLocator(this, selector);
  }
  click(selector) {
    return this.locator(selector).first().click();
  }
  /** The page's URL (BiDi reports extension pages as about:blank, so those ask the page itself). */
  url() {
    return this.pp.url();
  }
  async location() {
    return this.pp.evaluate(() => location.href);
  }
  evaluate(fn, arg) {
    return this.pp.evaluate(fn, arg);
  }
  waitForFunction(fn, arg, { timeout = DEFAULT_TIMEOUT } = {}) {
    return this.pp.waitForFunction(fn, { timeout, polling: 50 }, arg);
  }
  waitForTimeout(ms) {
    return sleep(ms);
  }
  async waitForURL(url, { timeout = DEFAULT_TIMEOUT } = {}) {
    const end = Date.now() + timeout;
    while (this.pp.url() !== String(url)) {
      if (Date.now() > end) throw new Error(`e2e: URL is ${this.pp.url()}, not ${url}`);
      await sleep(POLL_MS);
    }
  }
  /** Playwright's `screenshot({ path, fullPage })`; WebDriver BiDi captures the page with its frames. */
  screenshot({ path, fullPage = false } = {}) {
    return this.pp.screenshot({ path, fullPage });
  }
  bringToFront() {
    return this.pp.bringToFront();
  }
  setViewportSize(size) {
    return this.pp.setViewport(size);
  }
  async goto(url) {
    if (/^moz-extension:/.test(url)) {
      // BiDi refuses to navigate to extension pages; an extension page may navigate itself.
      if (!this.isExtensionPage) throw new Error('e2e: only an extension page can open another one in place');
      await this.#replaceDocument(() => this.pp.evaluate((u) => location.assign(u), url));
      return;
    }
    await this.pp.goto(url, { waitUntil: 'load' });
  }
  /** Playwright's waitForLoadState('load'): the document has loaded. */
  async waitForLoadState() {
    const end = Date.now() + DEFAULT_TIMEOUT;
    while ((await this.pp.evaluate(() => document.readyState).catch(() => '')) !== 'complete') {
      if (Date.now() > end) throw new Error('e2e: page did not load');
      await sleep(POLL_MS);
    }
  }
  async reload() {
    if (!this.isExtensionPage) {
      await this.pp.reload({ waitUntil: 'load' });
      return;
    }
    await this.#replaceDocument(() => this.pp.evaluate(() => location.reload()));
  }
  /** Marks the current document, starts a navigation, and waits for a fresh, fully loaded one. */
  async #replaceDocument(navigate) {
    await this.pp.evaluate(() => {
      window.__e2eOldDocument = true;
    });
    await navigate().catch(() => undefined);
    const end = Date.now() + DEFAULT_TIMEOUT;
    for (;;) {
      const fresh = await this.pp
        .evaluate(() => !window.__e2eOldDocument && document.readyState === 'complete')
        .catch(() => false);
      if (fresh) return;
      if (Date.now() > end) throw new Error('e2e: extension page did not load');
      await sleep(POLL_MS);
    }
  }
  async close() {
    await this.pp.close().catch(() => undefined);
  }
}

export { DEFAULT_TIMEOUT, sleep };
