import { browser } from 'wxt/browser';

/**
 * The radar icon of follow-up notifications (public/notification-icon.png, 48×48). Chrome requires an
 * icon for a "basic" notification and refuses data: URLs there ("Unable to download all specified
 * images"), so it is a file of the extension.
 */
export function notificationIconUrl(): string {
  return browser.runtime.getURL('/notification-icon.png');
}
