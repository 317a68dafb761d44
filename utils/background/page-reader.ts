import { browser } from 'wxt/browser';

/** Built from entrypoints/page-reader.ts. */
const PAGE_READER_FILE = '/page-reader.js';

/**
 * Runs the page reader in the content script's world of one frame (the content script asked for it: the tab shows a
 * page we read). Needs the `scripting` permission and host access to the two sites, which the content script's
 * matches already ask for.
 */
export async function injectPageReader(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [PAGE_READER_FILE] });
}
