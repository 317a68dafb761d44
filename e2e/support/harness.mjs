import { after, before } from 'node:test';
import { launchBrowser } from './browser.mjs';
import { startFixtureServer } from './server.mjs';

/**
 * One fixture server and one Chromium with the extension for a test file. Returns a live object whose
 * fields are filled in by `before`.
 */
export function useBrowser(options = {}) {
  const env = { server: null, browser: null };
  before(async () => {
    env.server = await startFixtureServer();
    env.browser = await launchBrowser({ port: env.server.port, ...options });
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
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
