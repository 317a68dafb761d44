import { defineExtensionMessaging } from '@webext-core/messaging';
import { messagesReady } from './message-gate';
import type { ProtocolMap } from './protocol';

// Type-only import of the protocol: this file must not bundle zod into every page that only sends.
const base = defineExtensionMessaging<ProtocolMap>();

/** The library's messenger; sending waits while the page holds its messages (utils/messaging/message-gate.ts). */
export const messenger = {
  ...base,
  sendMessage: (async (...args: Parameters<typeof base.sendMessage>) => {
    await messagesReady();
    return base.sendMessage(...args);
  }) as typeof base.sendMessage,
};
