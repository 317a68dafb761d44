import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendFromContent } from '../utils/messaging/content-sender';
import { createProfileWatcher } from '../utils/content/profile-watcher';
import { mountSidebarFrame } from '../utils/content/sidebar-frame';
import { whenPageLoaded } from '../utils/content/page-loaded';
import { SITE_MATCHES } from '../utils/site-matches';
import { capTabState } from '../utils/content/cap-profile';

/**
 * How long after DOMContentLoaded the sidebar waits for the page's load event before starting anyway
 * (about when it used to start: the script ran ~80 ms after DOMContentLoaded, then read storage).
 */
const MAX_WAIT_FOR_PAGE_LOAD_MS = 150;

export default defineContentScript({
  // Whole sites, not /in/* only: LinkedIn is an SPA and never reloads when the user clicks into a profile.
  matches: SITE_MATCHES,
  runAt: 'document_end',
  main(ctx) {
    // Our start-up work, and the sidebar's iframe, would otherwise delay the page's own load event.
    whenPageLoaded(() => start(ctx), { maxWaitAfterDomMs: MAX_WAIT_FOR_PAGE_LOAD_MS, signal: ctx.signal });
  },
});

function start(ctx: ContentScriptContext): void {
  // The iframe first: it loads in the extension's process while this one reads the page.
  const frame = mountSidebarFrame(ctx);
  const watcher = createProfileWatcher((state) => {
    frame.setVisible(state.status !== 'none');
    sendFromContent('reportTabProfile', capTabState(state)).catch(() => {
      // The extension was reloaded or updated under this page; the next navigation retries.
    });
  });
  watcher.navigate(location.href);
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => watcher.navigate(newUrl.href));
  ctx.onInvalidated(() => watcher.stop());
}
