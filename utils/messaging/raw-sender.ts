import { extensionApi } from '../content/extension-api';
import type { MessageInput, MessageName, MessageOutput } from './protocol';

let nextId = Math.floor(Math.random() * 1e6);

/**
 * Sends a message in @webext-core/messaging's wire format (`{id, type, data, timestamp}` in, `{res, err}` out)
 * through the browser's own promise API, so the background's validated onMessage handlers receive it as usual.
 * For the two places that must stay small: the content script (25 kB budget) and the sidebar's first paint (before
 * React, the library and the polyfill have loaded). tests/messaging/content-sender.test.ts pins the format against
 * the library's receiver.
 */
export async function sendRaw<K extends MessageName>(type: K, data: MessageInput<K>): Promise<MessageOutput<K>> {
  const response = (await extensionApi().runtime.sendMessage({ id: nextId++, type, data, timestamp: Date.now() })) as
    | { res?: unknown; err?: { message?: string } }
    | undefined;
  if (response?.err) throw new Error(response.err.message ?? `"${type}" failed`);
  return response?.res as MessageOutput<K>;
}
