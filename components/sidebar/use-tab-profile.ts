import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { messenger } from '../../utils/messaging/messenger';
import { subscribe } from '../../utils/messaging/broadcasts';
import type { TabProfileState } from '../../utils/messaging/protocol';

/**
 * The profile the content script found in the tab this sidebar lives in. The sidebar cannot read the
 * page (and must not open IndexedDB here), so it asks the background and follows its broadcasts.
 */
export function useTabProfile(): TabProfileState | undefined {
  const [state, setState] = useState<TabProfileState | undefined>(undefined);
  useEffect(() => {
    let active = true;
    let unsubscribe = () => {};
    void browser.tabs.getCurrent().then(async (tab) => {
      const tabId = tab?.id;
      if (!active || tabId === undefined) return;
      unsubscribe = subscribe('tabProfileChanged', (change) => {
        if (change.tabId === tabId) setState(change.state);
      });
      const initial = await messenger.sendMessage('getTabProfile', { tabId });
      // A broadcast may have arrived meanwhile; it is newer than the answer to this request.
      if (active) setState((current) => current ?? initial);
    });
    return () => {
      active = false;
      unsubscribe();
    };
  }, []);
  return state;
}
