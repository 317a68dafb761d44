import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const EXTENSION_DIR = resolve(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's Chromium with the built extension loaded. Only loopback traffic: the two sites map to the
 * fixture server, every other host fails to resolve, and Chromium's own background traffic is off.
 */
export async function launchBrowser({ port, headless = true, withExtension = true, viewport, lang = 'en-US', userDataDir } = {}) {
  if (withExtension && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run "npm run build" first.`);
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
  if (withExtension) args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless,
    args,
    viewport: viewport === undefined ? { width: 1280, height: 900 } : viewport,
    locale: lang,
  });
  let extensionId = null;
  if (withExtension) {
    let [worker] = context.serviceWorkers();
    if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15000 });
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
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
