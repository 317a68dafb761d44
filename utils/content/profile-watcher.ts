import { adapterFor } from '../sites';
import type { TabProfileState } from '../messaging/protocol';
import type { Profile } from '../schemas/profile';
import { onDomSettled, waitForDom } from './wait';

/** How long an in-app navigation may take to render the new person before we parse what is there. */
const RENDER_TIMEOUT_MS = 4000;
/** Lazy sections (experience, skills) render while the user scrolls; re-read at most this often. */
const REPARSE_INTERVAL_MS = 400;

/**
 * Follows the tab through LinkedIn's and XING's in-app navigation and reports what it shows: `none` off
 * profiles, `loading` the moment the URL becomes a profile (so the previous person is never shown under
 * the new URL), then `ready` with each parse that differs from the last.
 */
export function createProfileWatcher(report: (state: TabProfileState) => void, doc: Document = document) {
  let run: AbortController | undefined;
  let lastShown: Profile | undefined;
  let navigations = 0;

  async function follow(url: string, inAppNavigation: boolean, signal: AbortSignal): Promise<void> {
    const adapter = adapterFor(url);
    const location = adapter?.detect(url);
    if (!adapter || !location) {
      report({ status: 'none' });
      return;
    }
    report({ status: 'loading', url, key: location.key, platform: location.platform });

    // After pushState the old page is still on screen (the previous person, or a feed heading): wait until
    // the page names someone other than what it named at the moment of navigation.
    const stale = new Set<string>();
    if (inAppNavigation) {
      const onScreen = adapter.readName(doc, url);
      if (onScreen) stale.add(onScreen);
    }
    if (lastShown && lastShown.key !== location.key) stale.add(lastShown.name);
    await waitForDom(
      () => {
        const name = adapter.readName(doc, url);
        return name !== null && !stale.has(name);
      },
      { root: doc.documentElement, timeoutMs: RENDER_TIMEOUT_MS, signal },
    );
    if (signal.aborted) return;

    let lastJson = '';
    const publish = () => {
      const profile = adapter.parse(doc, url);
      const json = JSON.stringify(profile);
      if (json === lastJson) return;
      lastJson = json;
      lastShown = profile;
      report({ status: 'ready', url, profile });
    };
    publish();
    onDomSettled(doc.body ?? doc.documentElement, REPARSE_INTERVAL_MS, publish, signal);
  }

  return {
    /** Start following `url`, abandoning whatever the previous URL was still waiting for. */
    navigate(url: string): void {
      run?.abort();
      run = new AbortController();
      void follow(url, navigations++ > 0, run.signal);
    },
    stop(): void {
      run?.abort();
    },
  };
}
