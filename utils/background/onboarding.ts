import { browser } from 'wxt/browser';
import { WELCOME_HASH } from '../extension-pages';

/** Opens the options page with the welcome intro. */
export async function openWelcome(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/options.html${WELCOME_HASH}`) });
}

/**
 * First run: right after a fresh install (not on updates or browser restarts), ask the user for their
 * own side of every match. Register at the top level of the background so the event is not missed.
 */
export function registerOnboarding(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void openWelcome().catch(() => undefined);
  });
}
