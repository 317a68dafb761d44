import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extensionAlive, extensionApi } from '../utils/content/extension-api';
import { sendFromContent } from '../utils/messaging/content-sender';
import { createProfileWatcher } from '../utils/content/profile-watcher';
import { createSidebarFrame } from '../utils/content/sidebar-frame';
import { watchLocation } from '../utils/content/location-watch';
import { whenPageLoaded } from '../utils/content/page-loaded';
import { capTabState } from '../utils/content/cap-profile';

/**
 * How long after DOMContentLoaded the sidebar waits for the page's load event before starting anyway
 * (about when it used to start: the script ran ~80 ms after DOMContentLoaded, then read storage).
 */
const MAX_WAIT_FOR_PAGE_LOAD_MS = 150;

// Listed in the manifest by wxt.config.ts (content_scripts, on SITE_MATCHES at document_end), not through WXT's
// defineContentScript: its context posts a message naming the extension to the page's window, and stops the
// script when the page posts it back (issue 13.2). This script talks to nothing but the extension.
export default defineUnlistedScript(() => {
  const stop = new AbortController();
  whenPageLoaded(() => start(stop), { maxWaitAfterDomMs: MAX_WAIT_FOR_PAGE_LOAD_MS, signal: stop.signal });
});

function start(stop: AbortController): void {
  const api = extensionApi();
  const frame = createSidebarFrame({
    api,
    signal: stop.signal,
    register: (token) => void sendFromContent('registerSidebar', { token }).catch(() => undefined),
  });
  const watcher = createProfileWatcher((state) => {
    if (!extensionAlive(api)) return stop.abort();
    frame.setVisible(state.status !== 'none');
    sendFromContent('reportTabProfile', capTabState(state)).catch(() => {
      // The extension was reloaded or updated under this page; the next navigation retries.
    });
  });
  watcher.navigate(location.href);
  watchLocation((url) => (extensionAlive(api) ? watcher.navigate(url) : stop.abort()), { signal: stop.signal });
  // Back from the back/forward cache: meanwhile another page of this tab took its state and sidebar secret.
  window.addEventListener(
    'pageshow',
    (event) => {
      if (!event.isTrusted || !event.persisted || !extensionAlive(api)) return;
      frame.renew();
      watcher.navigate(location.href);
    },
    { signal: stop.signal },
  );
  stop.signal.addEventListener('abort', () => watcher.stop());
}
