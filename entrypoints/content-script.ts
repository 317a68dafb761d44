import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extensionAlive, extensionApi, type ContentExtensionApi } from '../utils/content/extension-api';
import { sendFromContent } from '../utils/messaging/content-sender';
import type { ContentReport } from '../utils/messaging/protocol';
import { createPageFollower } from '../utils/content/page-follower';
import { createSidebarFrame, type SidebarFrame } from '../utils/content/sidebar-frame';
import { shellPreview } from '../utils/content/shell-preview';
import { watchLocation } from '../utils/content/location-watch';
import { startPage } from '../utils/content/page-start';

// Listed in the manifest by wxt.config.ts (content_scripts, on SITE_MATCHES at document_start), not through WXT's
// defineContentScript: its context posts a message naming the extension to the page's window, and stops the
// script when the page posts it back (issue 13.2). This script talks to nothing but the extension.
export default defineUnlistedScript(() => {
  const stop = new AbortController();
  const api = extensionApi();
  const frame = createSidebarFrame({
    api,
    signal: stop.signal,
    register: (token) => void sendFromContent('registerSidebar', { token }).catch(() => undefined),
  });
  startPage({
    drawShell: () => {
      const first = shellPreview(document, location.href);
      return first !== null && frame.preview(first);
    },
    start: () => start(api, frame, stop),
    signal: stop.signal,
  });
});

function start(api: ContentExtensionApi, frame: SidebarFrame, stop: AbortController): void {
  const follower = createPageFollower(
    (state) => {
      if (!extensionAlive(api)) return stop.abort();
      frame.setVisible(state.status !== 'none', shownKey(state));
      sendFromContent('reportTabProfile', state).catch(() => {
        // The extension was reloaded or updated under this page; the next navigation retries.
      });
    },
    () => sendFromContent('loadPageReader', undefined),
  );
  follower.navigate(location.href);
  watchLocation((url) => (extensionAlive(api) ? follower.navigate(url) : stop.abort()), { signal: stop.signal });
  // Back from the back/forward cache: meanwhile another page of this tab took its state and sidebar secret.
  window.addEventListener(
    'pageshow',
    (event) => {
      if (!event.isTrusted || !event.persisted || !extensionAlive(api)) return;
      frame.renew();
      follower.navigate(location.href);
    },
    { signal: stop.signal },
  );
  stop.signal.addEventListener('abort', () => follower.stop());
}

/** Whom the tab shows now: the shell may stay under the frame only while it is the same person. */
function shownKey(state: ContentReport): string | null {
  if (state.status === 'ready') return state.profile.key;
  return state.status === 'loading' || state.status === 'wall' ? state.key : null;
}
