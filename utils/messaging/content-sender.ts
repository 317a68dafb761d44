import { sendRaw } from './raw-sender';
import type { MessageInput, MessageName, MessageOutput } from './protocol';

/** Messages the content script sends; everything else it neither sends nor receives. */
export type ContentMessageName = Extract<MessageName, 'reportTabProfile' | 'registerSidebar' | 'loadPageReader'>;

/** Content → background, without @webext-core/messaging and the polyfill (utils/messaging/raw-sender.ts). */
export function sendFromContent<K extends ContentMessageName>(type: K, data: MessageInput<K>): Promise<MessageOutput<K>> {
  return sendRaw(type, data);
}
