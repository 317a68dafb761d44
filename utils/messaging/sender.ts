import type { Runtime } from 'webextension-polyfill';
import type { MessageOrigin } from './protocol';

const EXTENSION_PROTOCOLS = new Set(['chrome-extension:', 'moz-extension:', 'safari-web-extension:']);
const SITE_HOST = /(^|\.)(linkedin\.com|xing\.com)$/;

/**
 * Which of our own contexts sent a message, or null for anything else. runtime.onMessage only hears our
 * extension, but a content script speaks for a page we do not control, so it may only send content messages.
 */
export function classifySender(sender: Runtime.MessageSender, extensionId: string): MessageOrigin | null {
  if (sender.id !== extensionId || !sender.url) return null;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  // Extension pages (popup, options, the sidebar iframe, the background itself) all have our protocol;
  // the sidebar's dynamic URL has a random host, so the protocol plus sender.id is the test.
  if (EXTENSION_PROTOCOLS.has(url.protocol)) return 'page';
  if (sender.tab && (url.protocol === 'https:' || url.protocol === 'http:') && SITE_HOST.test(url.hostname)) {
    return 'content';
  }
  return null;
}

/** May a message declared as coming `from` be accepted from this origin? */
export function isAllowedOrigin(from: MessageOrigin, origin: MessageOrigin | null): boolean {
  if (origin === null) return false;
  // Broadcasts come from the background, which is an extension page by URL.
  if (from === 'background') return origin === 'page';
  return from === origin;
}
