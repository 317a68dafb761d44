import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './protocol';

// Type-only import of the protocol: the content script uses this file and must not bundle zod.
export const messenger = defineExtensionMessaging<ProtocolMap>();
