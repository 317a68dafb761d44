import { browser } from 'wxt/browser';
import type { MessageInput, MessageName } from './protocol';

/** Messages the content script sends; everything else it neither sends nor receives. */
export type ContentMessageName = Extract<MessageName, 'reportTabProfile'>;

let nextId = Math.floor(Math.random() * 1e6);

/**
 * Sends a content → background message in @webext-core/messaging's wire format (`{id, type, data,
 * timestamp}` in, `{res, err}` out), so the background's validated onMessage handlers receive it as
 * usual. The library itself would add serialize-error and 5 kB to a content script budgeted at 25 kB;
 * tests/messaging/content-sender.test.ts pins this format against the library's receiver.
 */
export async function sendFromContent<K extends ContentMessageName>(type: K, data: MessageInput<K>): Promise<void> {
  const response = (await browser.runtime.sendMessage({ id: nextId++, type, data, timestamp: Date.now() })) as
    | { err?: { message?: string } }
    | undefined;
  if (response?.err) throw new Error(response.err.message ?? `"${type}" failed`);
}
