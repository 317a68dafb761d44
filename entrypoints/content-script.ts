import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extensionAlive, extensionApi, type ContentExtensionApi } from '../utils/content/extension-api';
import { sendFromContent } from '../utils/messaging/content-sender';
import type { ContentReport } from '../utils/messaging/protocol';
import { createPageFollower } from '../utils/content/page-follower';
import { createSidebarFrame, type SidebarFrame } from '../utils/content/sidebar-frame';
import { shellPreview } from '../utils/content/shell-preview';
import { watchLocation } from '../utils/content/location-watch';
import { whenPageLoaded } from '../utils/content/page-loaded';

/**
 * How long after DOMContentLoaded the sidebar frame waits for the page's load event before starting anyway. An iframe
 * started before the load event delays it: with 150 ms, on a busy machine (load 5-7) the fixture's load came later and
 * the load ratio rose to 1.17x; with 300 ms it stayed at 1.05x, with the frame's first paint unchanged (it usually
 * starts at the load event). The name needs no frame: the shell shows it first.
 */
const MAX_WAIT_FOR_PAGE_LOAD_MS = 300;
/** The same for the shell with the person's name (issue 16: name shown ≤ 150 ms after DOMContentLoaded). */
const MAX_WAIT_FOR_SHELL_MS = 100;

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
  // The name first, then the frame, which holds everything else. Both wait for the page's load event, or for a page
  // still loading a while after its DOM is ready (real LinkedIn pages), where that loading hides their cost. Measured
  // (alternating page loads, with / without the extension): the shell drawn at DOMContentLoaded, or in the first
  // animation frame after it, with or without the top layer, added 0.1–0.15 to the load ratio; drawn after the load
  // event, the name still shows within ~150 ms of DOMContentLoaded (median of the fixtures). (Running from
  // document_start, the collapsed setting is known by then.)
  whenPageLoaded(
    () => {
      const first = shellPreview(document, location.href);
      if (first) frame.preview(first);
    },
    { maxWaitAfterDomMs: MAX_WAIT_FOR_SHELL_MS, signal: stop.signal },
  );
  whenPageLoaded(() => start(api, frame, stop), { maxWaitAfterDomMs: MAX_WAIT_FOR_PAGE_LOAD_MS, signal: stop.signal });
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
