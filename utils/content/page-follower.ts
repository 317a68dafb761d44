import type { ContentReport } from '../messaging/protocol';
import { readShownName } from '../sites/shown-name';
import { detectPeopleList, isReadablePage, pageUrl } from '../sites/urls';
import { followPeopleList } from './list-reading';
import type { ProfileWatcher } from './profile-watcher';
import { awaitPageReader } from './reader-slot';

/**
 * Follows the tab from URL to URL for the content script. Lists of people (search, My Network, a company's people) it
 * reads itself. Profiles, their full lists and walls need the page reader: the site readers and the watcher
 * (entrypoints/page-reader.ts), which the background injects into this tab the first time such a page shows
 * (`loadReader`), and which from then on follows every page. Every other page is reported as showing no one: the feed,
 * messaging and jobs, most of a LinkedIn session, load nothing more.
 */
export function createPageFollower(
  report: (state: ContentReport) => void,
  loadReader: () => Promise<unknown>,
  doc: Document = document,
) {
  let watcher: ProfileWatcher | null = null;
  // The page to follow once the reader is there, and the name on screen when the URL changed to it: by then the page
  // may already show the new person, who must not be taken for the previous one.
  let waiting: { url: string; inAppNavigation: boolean; onScreen: string | null } | null = null;
  let requested = false;
  let stopped = false;
  let navigations = 0;
  // The list page being read here, until the next navigation.
  let listRun: AbortController | null = null;

  function requestReader(): void {
    requested = true;
    awaitPageReader((create) => {
      if (stopped) return;
      watcher = create(report, doc);
      if (waiting) watcher.navigate(waiting.url, waiting.inAppNavigation, waiting.onScreen);
      waiting = null;
    });
    // Not loaded (the extension was reloaded, the background refused): the next page we read asks again.
    loadReader().catch(() => {
      requested = false;
    });
  }

  return {
    navigate(url: string): void {
      const inAppNavigation = navigations++ > 0;
      listRun?.abort();
      listRun = null;
      if (watcher) return watcher.navigate(url, inAppNavigation);
      const page = pageUrl(doc, url);
      const list = detectPeopleList(page);
      if (list) {
        waiting = null;
        listRun = new AbortController();
        return followPeopleList(doc, page, list, report, listRun.signal);
      }
      if (!isReadablePage(doc, url)) {
        waiting = null;
        return report({ status: 'none' });
      }
      waiting = { url, inAppNavigation, onScreen: inAppNavigation ? readShownName(doc, url) : null };
      if (!requested) requestReader();
    },
    stop(): void {
      stopped = true;
      listRun?.abort();
      watcher?.stop();
    },
  };
}
