import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createProfileWatcher } from '../utils/content/profile-watcher';
import { offerPageReader } from '../utils/content/reader-slot';

// The site readers and the watcher that follows the tab through them. Not a content script of its own: the background
// injects it into a tab whose content script shows a page we read (utils/content/page-follower.ts), so pages we do
// not read (feed, messaging, jobs) never load it, and the script every page gets stays small (issue 16).
export default defineUnlistedScript(() => {
  offerPageReader(createProfileWatcher);
});
