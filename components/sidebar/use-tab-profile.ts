import { useEffect, useState } from 'react';
import { messenger } from '../../utils/messaging/messenger';
import { subscribe } from '../../utils/messaging/broadcasts';
import type { TabProfileState } from '../../utils/messaging/protocol';

/**
 * The profile the content script found in the tab this sidebar lives in. The sidebar cannot read the
 * page (and must not open IndexedDB here), so it asks the background and follows its broadcasts. The
 * background tells it its tab id from the message's sender (Firefox has no `tabs.getCurrent()` here).
 */
export function useTabProfile(): TabProfileState | undefined {
  const [state, setState] = useState<TabProfileState | undefined>(undefined);
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
    void messenger.sendMessage('getTabProfile', undefined).then((answer) => {
      if (!active) return;
      tabId = answer.tabId;
      // A broadcast that arrived meanwhile is newer than the answer to this request.
      const newer = early.get(answer.tabId);
      early.clear();
      setState(newer ?? answer.state);
    });
    return () => {
      active = false;
      unsubscribe();
    };
  }, []);
  return state;
}
