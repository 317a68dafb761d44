import { useEffect, useState } from 'react';
import { subscribe } from '../../utils/messaging/broadcasts';
import type { TabProfileState } from '../../utils/messaging/protocol';
import { currentSidebarState, settledSidebarSession } from '../../utils/sidebar/sidebar-session';

/**
 * The profile the content script found in the tab this sidebar lives in. The sidebar cannot read the page (and
 * must not open IndexedDB here): the background answers its claim with the tab's state (its tab id from the
 * message's sender: Firefox has no `tabs.getCurrent()` here), then it follows the background's broadcasts.
 */
export function useTabProfile(): TabProfileState | 'unclaimed' | undefined {
  // The first paint (utils/sidebar/first-paint.ts) usually has the answer already: start from it, no placeholder.
  const [state, setState] = useState<TabProfileState | 'unclaimed' | undefined>(() => settledSidebarSession()?.state);
  useEffect(() => {
    let active = true;
    let tabId: number | undefined;
    // Listening starts before asking, so no change is missed; until the answer names our tab, the latest
    // change of every tab is kept.
    const early = new Map<number, TabProfileState>();
    const unsubscribe = subscribe('tabProfileChanged', (change) => {
      if (tabId === undefined) early.set(change.tabId, change.state);
      else if (change.tabId === tabId) setState(change.state);
    });
    // Asked after subscribing: a change since the first paint's claim is in this answer or in a broadcast.
    currentSidebarState().then(
      (answer) => {
        if (!active) return;
        tabId = answer.tabId;
        // A broadcast that arrived meanwhile is newer than the answer to this request.
        const newer = early.get(answer.tabId);
        early.clear();
        setState(newer ?? answer.state);
      },
      // A copy of this page that a web page framed itself: the background does not know it.
      () => active && setState('unclaimed'),
    );
    return () => {
      active = false;
      unsubscribe();
    };
  }, []);
  return state;
}
