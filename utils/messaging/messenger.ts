import { defineExtensionMessaging } from '@webext-core/messaging';
import { messagesReady } from './message-gate';
import type { ProtocolMap } from './protocol';
import { keepAwakeDuring, keepAwakeUntilSettled, SLOW_MESSAGES } from './keep-awake';

// Type-only import of the protocol: this file must not bundle zod into every page that only sends.
const messaging = defineExtensionMessaging<ProtocolMap>();

type SendMessage = (name: string, data: unknown, tabId?: number) => Promise<unknown>;
const send = messaging.sendMessage as unknown as SendMessage;

/**
 * The library's messenger with two additions. Sending waits while the page holds its messages (the sidebar until
 * its frame is claimed, message-gate.ts). A page's request to the background keeps Firefox's event page awake until
 * it is answered (keep-awake.ts); messages to a tab (the background's broadcasts) and the ping itself go as they are.
 */
export const messenger: typeof messaging = {
  ...messaging,
  sendMessage: (async (name: string, data: unknown, tabId?: number) => {
    if (tabId !== undefined || name === 'keepAwake') return send(name, data, tabId);
    await messagesReady();
    if (SLOW_MESSAGES.has(name)) return keepAwakeDuring(() => send(name, data, tabId), ping);
    return keepAwakeUntilSettled(send(name, data, tabId), ping);
  }) as typeof messaging.sendMessage,
};

const ping = () => send('keepAwake', undefined);
