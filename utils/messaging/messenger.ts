import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './protocol';
import { keepAwakeUntilSettled } from './keep-awake';

// Type-only import of the protocol: the content script uses this file and must not bundle zod.
const messaging = defineExtensionMessaging<ProtocolMap>();

type SendMessage = (name: string, data: unknown, tabId?: number) => Promise<unknown>;
const send = messaging.sendMessage as unknown as SendMessage;

/**
 * A page's request to the background keeps Firefox's event page awake until it is answered (keep-awake.ts).
 * Messages to a tab (the background's broadcasts) and the ping itself are sent as they are.
 */
export const messenger: typeof messaging = {
  ...messaging,
  sendMessage: ((name: string, data: unknown, tabId?: number) => {
    const answer = send(name, data, tabId);
    if (tabId !== undefined || name === 'keepAwake') return answer;
    return keepAwakeUntilSettled(answer, () => send('keepAwake', undefined));
  }) as typeof messaging.sendMessage,
};
