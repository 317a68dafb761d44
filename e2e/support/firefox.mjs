// Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, with the built extension installed as a
// temporary add-on (what about:debugging → "Load Temporary Add-on" does). Firefox has no host-resolver rules:
// the fixture server is its HTTP proxy (absolute URLs for http, CONNECT tunnels for https).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { DEFAULT_TIMEOUT, FxPage, sleep } from './firefox-page.mjs';

export const FIREFOX_EXTENSION_DIR = resolve(process.env.WXT_OUT_DIR ?? '.output', 'firefox-mv3');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
// A fixed moz-extension host for the test profile (Firefox reads it from this pref when it installs the
// add-on), so tests know the extension's URLs. Real installs get a random one.
const EXTENSION_UUID = '6b1f0f0e-5a1d-4c27-9a39-3d7e2c1b8f10';
/**
 * Lines on Firefox's stderr that mean our extension threw. Not among them: "JavaScript warning: … Script
 * terminated by timeout", which Firefox prints when it stops a busy script because its tab is closing
 * (cancel_content_js_when_navigating) or the browser shuts down; tests close tabs mid-work all the time.
 */
const EXTENSION_ERROR = /JavaScript error: moz-extension:\/\/|uncaught exception.*moz-extension:\/\/|Error: .*moz-extension:\/\//i;

/** How long Firefox lets the event page idle before suspending it (default 30,000 ms). */
export const IDLE_TIMEOUT_PREF = 'extensions.background.idle.timeout';
/** restartBackground waits for a real suspension, so it is offered only when that comes soon. */
const MAX_RESTART_IDLE_MS = 10_000;

function readGeckoId(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

/** The newest files of a folder, once they are complete (Firefox writes `.part` files first). */
async function waitForNewFile(dir, before, timeout) {
  const end = Date.now() + timeout;
  for (;;) {
    const fresh = readdirSync(dir).filter((f) => !before.has(f) && !f.endsWith('.part'));
    if (fresh.length > 0 && !readdirSync(dir).some((f) => f.endsWith('.part'))) {
      const file = fresh[0];
      // Firefox may write under a temporary name and rename it: a file gone meanwhile is looked for again.
      const sizeOf = () => (existsSync(join(dir, file)) ? statSync(join(dir, file)).size : -1);
      const size = sizeOf();
      await sleep(100);
      if (size >= 0 && sizeOf() === size) return file;
    }
    if (Date.now() > end) throw new Error('e2e: no download arrived');
    await sleep(50);
  }
}

/**
 * `prefs`: extra Firefox prefs for one launch, e.g. `{ 'extensions.background.idle.timeout': 2000 }` so the
 * event page is suspended after 2 s without events instead of 30 s.
 */
export async function launchFirefox({ port, headless = true, withExtension = true, viewport, lang = 'en-US', userDataDir, prefs = {}, colorScheme } = {}) {
  if (!existsSync(FIREFOX)) {
    throw new Error(`Firefox not found at ${FIREFOX}. Install it (Debian/Ubuntu: sudo apt-get install firefox-esr) or set FIREFOX_PATH.`);
  }
  if (withExtension && !existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${FIREFOX_EXTENSION_DIR}: run "npm run build:firefox" first.`);
  }
  const geckoId = withExtension ? readGeckoId(FIREFOX_EXTENSION_DIR) : null;
  const idleTimeout = prefs[IDLE_TIMEOUT_PREF] ?? null;
  const downloadDir = mkdtempSync(join(tmpdir(), 'mentor-radar-downloads-'));
  const language = lang.split('-')[0];
  const ppBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless,
    acceptInsecureCerts: true,
    userDataDir,
    defaultViewport: viewport === undefined ? { width: 1280, height: 900 } : viewport,
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.no_proxies_on': '',
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'intl.accept_languages': lang === language ? lang : `${lang}, ${language}`,
      'extensions.webextensions.uuids': JSON.stringify(geckoId ? { [geckoId]: EXTENSION_UUID } : {}),
      // Downloads land in a folder the test reads, without a dialog.
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.panel.shown': true,
      // navigator.storage.persist() asks the user in Firefox; the test answers "Allow" as a user would.
      'dom.storageManager.prompt.testing': true,
      'dom.storageManager.prompt.testing.allow': true,
      // navigator.clipboard.readText() without the paste prompt, so a test can read what the user copied.
      'dom.events.testing.asyncClipboard': true,
      // Headless there is no desktop notification service (a notification would close at once): Firefox's own
      // alert windows show it and keep it listed, as on a desktop.
      'alerts.useSystemBackend': false,
      // Puppeteer's media emulation needs CDP, which Firefox lacks: a dark scheme is set for the whole launch.
      ...(colorScheme === 'dark' ? { 'layout.css.prefers-color-scheme.content-override': 0, 'ui.systemUsesDarkTheme': 1 } : {}),
      ...prefs,
    },
  });
  const proc = ppBrowser.process();
  const extensionErrors = [];
  const recentLines = [];
  let partial = '';
  proc?.stderr?.on('data', (chunk) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      recentLines.push(line);
      if (recentLines.length > 400) recentLines.shift();
      if (EXTENSION_ERROR.test(line)) extensionErrors.push(line);
    }
  });
  proc?.stdout?.on('data', () => undefined);

  // Every page target ever seen, so "the page this action opens" is one that was not there before.
  const seenTargets = new Set(ppBrowser.targets());
  ppBrowser.on('targetcreated', (t) => seenTargets.add(t));

  const extensionId = withExtension ? await ppBrowser.installExtension(FIREFOX_EXTENSION_DIR) : null;
  const extensionUrl = (path) => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`;

  /** Pages whose document is one of ours (BiDi reports them as about:blank; the page knows better). */
  async function findPage(predicate, timeout = DEFAULT_TIMEOUT) {
    const end = Date.now() + timeout;
    for (;;) {
      for (const pp of await ppBrowser.pages()) {
        // Ready means loaded with the extension API in place (a tab's first document is about:blank).
        const href = await pp
          .evaluate(() => (document.readyState === 'complete' && typeof browser === 'object' ? location.href : ''))
          .catch(() => '');
        if (href && predicate(href, pp)) return pp;
      }
      if (Date.now() > end) throw new Error('e2e: page not found');
      await sleep(100);
    }
  }

  let welcome = null;
  let launcher = null;
  if (withExtension) {
    // The extension opens its welcome page by itself on install; from there, our own extension page (the
    // "launcher", never handed to tests) opens the others with tabs.create, as BiDi may not navigate to them.
    welcome = await findPage((href) => href.startsWith(extensionUrl('options.html')));
    await welcome.evaluate((url) => browser.tabs.create({ url, active: false }), extensionUrl('sidebar.html'));
    launcher = await findPage((href) => href.startsWith(extensionUrl('sidebar.html')));
  }

  /** Runs `fn(arg)` with the extension's API in our own extension page. */
  async function inExtension(fn, arg) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await launcher.evaluate(fn, arg);
      } catch (e) {
        // The launcher's document may still be settling right after start-up.
        if (attempt >= 20 || !/browser is not defined|context|destroyed/i.test(String(e?.message))) throw e;
        await sleep(100);
      }
    }
  }

  /** The event page's start time. getBackgroundPage() wakes a suspended one but does not reset its idle timer. */
  function backgroundStartedAt() {
    return inExtension(async () => (await browser.runtime.getBackgroundPage())?.performance.timeOrigin ?? null);
  }

  async function waitForSuspension(idleMs) {
    const before = await backgroundStartedAt();
    // Any event the background receives (a tab closing, a message) restarts its idle timer: allow a few rounds.
    const limit = idleMs * 6 + 10_000;
    const end = Date.now() + limit;
    for (;;) {
      await sleep(Math.min(500, idleMs / 4));
      if ((await backgroundStartedAt()) !== before) return;
      if (Date.now() > end) throw new Error(`e2e: the background was not suspended within ${limit / 1000} s`);
    }
  }

  async function waitForNewPage(seen, timeout) {
    const target = await ppBrowser.waitForTarget((t) => t.type() === 'page' && !seen.has(t), { timeout });
    return target.page();
  }

  const context = {
    async newPage() {
      return new FxPage(await ppBrowser.newPage());
    },
    /** Playwright's `context.waitForEvent('page')`: the next new tab. */
    async waitForEvent(event, { timeout = DEFAULT_TIMEOUT } = {}) {
      if (event !== 'page') throw new Error(`e2e: Firefox driver has no "${event}" event`);
      return new FxPage(await waitForNewPage(new Set(seenTargets), timeout));
    },
  };

  return {
    name: 'firefox',
    context,
    extensionId,
    extensionUrl,
    /** Opens one of the extension's pages in a new tab, the way the extension opens its own pages. */
    async openExtensionPage(path, { viewport } = {}) {
      const url = extensionUrl(path);
      const seen = new Set(seenTargets);
      await inExtension((u) => browser.tabs.create({ url: u, active: true }), url);
      const pp = await waitForNewPage(seen, DEFAULT_TIMEOUT);
      const page = new FxPage(pp, { isExtensionPage: true });
      await page.waitForFunction((u) => location.href === u && document.readyState === 'complete', url);
      // Only once the tab has loaded: right after tabs.create Firefox can refuse it ("browser is null").
      if (viewport) await pp.setViewport(viewport);
      return page;
    },
    /** The options tab the extension opened by itself after install. */
    async welcomePage() {
      return new FxPage(welcome, { isExtensionPage: true });
    },
    badgeText() {
      return inExtension(() => browser.action.getBadgeText({}));
    },
    async notificationIds() {
      return Object.keys(await inExtension(() => browser.notifications.getAll()));
    },
    /** When the event page last started (its document's time origin); wakes it if it is suspended. */
    backgroundStartedAt,
    /**
     * No driver command stops a Firefox event page, but a launch with a short idle timeout (`prefs`) lets it be
     * suspended for real: wait until it was (its start time changes), which also wakes it again.
     */
    restartBackground: idleTimeout !== null && idleTimeout <= MAX_RESTART_IDLE_MS ? () => waitForSuspension(idleTimeout) : null,
    async allowClipboard() {
      // Set by a pref at launch (dom.events.testing.asyncClipboard).
    },
    readClipboard(page) {
      return page.pp.evaluate(() => navigator.clipboard.readText());
    },
    /** Runs `action` (which starts a download) and returns the saved file's name and text. */
    async download(page, action, { timeout = DEFAULT_TIMEOUT } = {}) {
      const before = new Set(readdirSync(downloadDir));
      await action();
      const file = await waitForNewFile(downloadDir, before, timeout);
      const text = readFileSync(join(downloadDir, file), 'utf8');
      // Read once and removed, so a later download of the same name is not saved as "name(1).ics".
      rmSync(join(downloadDir, file), { force: true });
      return { suggestedFilename: file, text };
    },
    /** Extension errors Firefox printed since the last call (each test fails on any). */
    takeExtensionErrors() {
      return extensionErrors.splice(0);
    },
    recentOutput() {
      return recentLines.slice(-60).join('\n');
    },
    /** Resolves when the user closes the browser (a headed demo). */
    whenClosed() {
      return new Promise((resolve) => ppBrowser.once('disconnected', resolve));
    },
    async close() {
      await ppBrowser.close().catch(() => undefined);
      rmSync(downloadDir, { recursive: true, force: true });
    },
  };
}
