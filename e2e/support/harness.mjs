import { after, afterEach, before } from 'node:test';
import { launchBrowser } from './browser.mjs';
import { startFixtureServer } from './server.mjs';

/**
 * One fixture server and one browser (E2E_BROWSER) with the extension for a test file. Returns a live object
 * whose fields are filled in by `before`. A test fails when the extension threw meanwhile (Firefox prints
 * `JavaScript error: moz-extension://…` on stderr).
 */
export function useBrowser(options = {}) {
  const env = { server: null, browser: null };
  before(async () => {
    env.server = await startFixtureServer();
    env.browser = await launchBrowser({ port: env.server.port, ...options });
  });
  afterEach(() => {
    const errors = env.browser?.takeExtensionErrors() ?? [];
    if (errors.length > 0) throw new Error(`The extension threw:\n${errors.join('\n')}`);
  });
  after(async () => {
    const errors = env.browser?.takeExtensionErrors() ?? [];
    await env.browser?.close();
    await env.server?.close();
    if (errors.length > 0) throw new Error(`The extension threw:\n${errors.join('\n')}`);
  });
  return env;
}

export function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Waits until the locator's text is exactly `text` (after trimming). */
export async function waitForExactText(locator, text, timeout = 10000) {
  await locator.filter({ hasText: new RegExp(`^\\s*${escapeRegExp(text)}\\s*$`) }).first().waitFor({ timeout });
}
