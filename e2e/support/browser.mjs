import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { launchFirefox } from './firefox.mjs';

export const EXTENSION_DIR = resolve(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Which browser the e2e run drives: E2E_BROWSER=chromium (default) or firefox. */
export const BROWSER_NAME = process.env.E2E_BROWSER === 'firefox' ? 'firefox' : 'chromium';

/**
 * The browser of this run with the built extension. Both drivers give the same small surface: pages and
 * locators as Playwright names them (Firefox: e2e/support/firefox-page.mjs), plus the helpers below for what
 * differs between the browsers (opening extension pages, downloads, the badge, the clipboard).
 */
export function launchBrowser(options = {}) {
  // Both drivers also take `colorScheme: 'dark'`; Firefox takes `prefs` (e.g. a short background idle timeout).

  const name = options.browser ?? BROWSER_NAME;
  return name === 'firefox' ? launchFirefox(options) : launchChromium(options);
}

/**
 * Debian's Chromium with the built extension loaded. Only loopback traffic: the two sites map to the
 * fixture server, every other host fails to resolve, and Chromium's own background traffic is off.
 */
export async function launchChromium({ port, headless = true, withExtension = true, extensionDir = EXTENSION_DIR, viewport, lang = 'en-US', userDataDir, colorScheme } = {}) {
  if (withExtension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run "npm run build" first.`);
  }
  // A given profile folder is kept (e.g. the seeded network); a fresh one is removed on close.
  const keepProfile = Boolean(userDataDir);
  const profileDir = userDataDir ?? mkdtempSync(join(tmpdir(), 'mentor-radar-e2e-'));
  const args = [
    `--host-resolver-rules=MAP www.linkedin.com 127.0.0.1:${port}, MAP de.linkedin.com 127.0.0.1:${port}, ` +
      `MAP www.xing.com 127.0.0.1:${port}, MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    `--lang=${lang}`,
  ];
  if (withExtension) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless,
    args,
    viewport: viewport === undefined ? { width: 1280, height: 900 } : viewport,
    locale: lang,
    ...(colorScheme ? { colorScheme } : {}),
  });
  let extensionId = null;
  if (withExtension) {
    let [worker] = context.serviceWorkers();
    if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15000 });
    extensionId = new URL(worker.url()).host;
  }
  const extensionUrl = (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;
  const worker = () => context.serviceWorkers()[0] ?? context.waitForEvent('serviceworker');
  return {
    name: 'chromium',
    context,
    extensionId,
    extensionUrl,
    async openExtensionPage(path, { viewport } = {}) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      await page.goto(extensionUrl(path));
      return page;
    },
    /** The options tab the extension opened by itself after install. */
    async welcomePage() {
      const isWelcome = (p) => p.url().includes('/options.html#welcome');
      return context.pages().find(isWelcome) ?? (await context.waitForEvent('page', { predicate: isWelcome, timeout: 10000 }));
    },
    async badgeText() {
      return (await worker()).evaluate(() => chrome.action.getBadgeText({}));
    },
    async notificationIds() {
      return Object.keys(await (await worker()).evaluate(() => chrome.notifications.getAll()));
    },
    /** Stops the extension's service worker, as Chrome does when it is idle. */
    async restartBackground() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    },
    allowClipboard(origin) {
      return context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    },
    readClipboard(page) {
      return page.evaluate(() => navigator.clipboard.readText());
    },
    /** Runs `action` (which starts a download) and returns the saved file's name and text. */
    async download(page, action) {
      const [download] = await Promise.all([page.waitForEvent('download'), action()]);
      return { suggestedFilename: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
    },
    takeExtensionErrors() {
      return [];
    },
    recentOutput() {
      return '';
    },
    /** Resolves when the user closes the browser (a headed demo). */
    whenClosed() {
      return new Promise((resolve) => context.on('close', resolve));
    },
    async close() {
      await context.close();
      if (!keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** The sidebar iframe of a page, for reading what the user sees in it. */
export function sidebar(page) {
  return page.frameLocator('#mentor-radar iframe');
}
