import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendFromContent } from '../utils/messaging/content-sender';
import { createProfileWatcher } from '../utils/content/profile-watcher';
import { mountSidebarFrame } from '../utils/content/sidebar-frame';
import { SITE_MATCHES } from '../utils/site-matches';

export default defineContentScript({
  // Whole sites, not /in/* only: LinkedIn is an SPA and never reloads when the user clicks into a profile.
  matches: SITE_MATCHES,
  runAt: 'document_end',
  main(ctx) {
    const frame = mountSidebarFrame(ctx);
    const watcher = createProfileWatcher((state) => {
      frame.setVisible(state.status !== 'none');
      sendFromContent('reportTabProfile', state).catch(() => {
        // The extension was reloaded or updated under this page; the next navigation retries.
      });
    });
    watcher.navigate(location.href);
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => watcher.navigate(newUrl.href));
    ctx.onInvalidated(() => watcher.stop());
  },
});
