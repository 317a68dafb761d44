import type { ContentReport } from '../messaging/protocol';
import { adapterFor, detectDetails, detectPeopleList, isWallUrl, pageUrl, parseDetails, readPeople, readWall, wallTarget } from '../sites';
import type { DetailsLocation, SiteAdapter } from '../sites';
import { followPeopleList, keepReading } from './list-reading';
import { waitForDom } from './wait';

/** After this long without the new person rendered, a page that names no one at all is read with what it has. */
const RENDER_TIMEOUT_MS = 4000;
/** "Until the page shows someone else": as long as setTimeout allows; the next navigation aborts the wait anyway. */
const FOREVER_MS = 0x7fffffff;

// A details page's own heading (EN/DE). After an in-app switch the profile page is still on screen for a while, and its
// cards must not be read as the full list.
const DETAILS_HEADING = /experience|erfahrung|education|ausbildung|bildung|skills|kenntnisse|fähigkeiten/i;

export type ProfileWatcher = ReturnType<typeof createProfileWatcher>;

/** A name read at the moment of navigation; undefined: not read then. */
type OnScreen = string | null | undefined;

/**
 * Follows the tab through LinkedIn's and XING's in-app navigation and reports what it shows: `none` on pages we do not
 * read, `loading` the moment the URL becomes a profile (so the previous person is never shown under the new URL), then
 * `ready` with each parse that differs from the last; `wall` for sign-in / sign-up walls, `details` for a profile's
 * full list, `list` for pages that list people. Every report re-reads on DOM mutations, wherever the page scrolls.
 */
export function createProfileWatcher(report: (state: ContentReport) => void, doc: Document = document) {
  let run: AbortController | undefined;
  let lastShown: { key: string; name: string; url: string } | undefined;
  let navigations = 0;

  async function followProfile(url: string, adapter: SiteAdapter, inAppNavigation: boolean, onScreenAtNavigation: OnScreen, signal: AbortSignal) {
    const location = adapter.detect(url)!;
    report({ status: 'loading', url, key: location.key, platform: location.platform });

    // After pushState the old page is still on screen (the previous person, or a feed heading): wait until the page
    // names someone other than what it named at the moment of navigation. A parse naming the previous person is never
    // reported under this URL (issue 13.3), however long the page takes.
    const stale = new Set<string>();
    if (inAppNavigation) {
      const onScreen = onScreenAtNavigation !== undefined ? onScreenAtNavigation : adapter.readName(doc, url);
      if (onScreen) stale.add(onScreen);
    }
    if (lastShown && lastShown.key !== location.key) stale.add(lastShown.name);
    const named = () => adapter.readName(doc, url);
    const shows = () => !!readWall(doc) || (named() !== null && !stale.has(named()!));
    const root = doc.documentElement;
    if (!(await waitForDom(shows, { root, timeoutMs: RENDER_TIMEOUT_MS, signal })) && stale.size)
      // Still the previous person on screen (or nothing yet after them): keep the loading state until that changes.
      await waitForDom(() => shows() || (named() === null && !stale.has(adapter.parse(doc, url).name)), { root, timeoutMs: FOREVER_MS, signal });
    if (signal.aborted) return;

    keepReading(doc, () => {
      const wall = readWall(doc);
      if (wall) return { status: 'wall', url, wall, key: location.key, platform: location.platform };
      const profile = adapter.parse(doc, url);
      if (stale.has(profile.name)) return null;
      lastShown = { key: profile.key, name: profile.name, url };
      const people = readPeople(doc, url);
      return { status: 'ready', url, profile, ...(people.length ? { people } : {}) };
    }, report, signal);
  }

  async function followDetails(url: string, loc: DetailsLocation, inAppNavigation: boolean, signal: AbortSignal) {
    report({ status: 'loading', url, key: loc.key, platform: loc.platform });
    const read = () => {
      const d = parseDetails(doc, url);
      const n = (d?.experience?.length ?? 0) + (d?.education?.length ?? 0) + (d?.skills?.length ?? 0);
      if (!d || !n) return null;
      if (inAppNavigation && !DETAILS_HEADING.test(doc.querySelector('main h1, main h2')?.textContent ?? '')) return null;
      return d;
    };
    await waitForDom(() => read() !== null, { root: doc.documentElement, timeoutMs: FOREVER_MS, signal });
    if (signal.aborted) return;
    keepReading(doc, () => {
      const details = read();
      const people = readPeople(doc, url);
      return details && { status: 'details', url, details, ...(people.length ? { people } : {}) };
    }, report, signal);
  }

  async function follow(rawUrl: string, inAppNavigation: boolean, onScreenAtNavigation: OnScreen, signal: AbortSignal): Promise<void> {
    const url = pageUrl(doc, rawUrl);
    if (isWallUrl(url)) {
      report({ status: 'wall', url, wall: readWall(doc) ?? 'signin', key: wallTarget(url)?.key ?? null, platform: 'linkedin' });
      return;
    }
    const details = detectDetails(url);
    if (details) return followDetails(url, details, inAppNavigation, signal);
    const list = detectPeopleList(url);
    if (list) {
      const previous = inAppNavigation ? lastShown : undefined;
      // After an in-app switch from a profile, that profile stays on screen until the results render: its own card
      // is not one of this page's people.
      const stillShown = () => previous !== undefined && adapterFor(previous.url)?.readName(doc, previous.url) === previous.name;
      return followPeopleList(doc, url, list, report, signal, () => (stillShown() ? previous!.key : null));
    }
    const adapter = adapterFor(url);
    if (!adapter) {
      report({ status: 'none' });
      return;
    }
    return followProfile(url, adapter, inAppNavigation, onScreenAtNavigation, signal);
  }

  return {
    /**
     * Start following `url`, abandoning whatever the previous URL was still waiting for. `inAppNavigation`: the page
     * changed its URL without loading (by default, every call after the first; a watcher created after the page's own
     * first URL is told). `onScreenAtNavigation`: the name the page showed when its URL changed, read by a caller that
     * saw the change before this watcher existed (by default it is read now).
     */
    navigate(url: string, inAppNavigation = navigations > 0, onScreenAtNavigation?: string | null): void {
      navigations++;
      run?.abort();
      run = new AbortController();
      void follow(url, inAppNavigation, onScreenAtNavigation, run.signal);
    },
    stop(): void {
      run?.abort();
    },
  };
}
