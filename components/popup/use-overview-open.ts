import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';

// A UI preference, not user data: whether the popup's overview shows its details (coverage per skill).
// Closed by default so the contact list gets the height; remembered in storage.local for the next popup.
export const OVERVIEW_OPEN_KEY = 'ui:popupOverviewOpen';

export function useOverviewOpen(): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(false);
  /** A click before the stored value arrives wins over it. */
  const touched = useRef(false);
  useEffect(() => {
    let active = true;
    browser.storage.local
      .get(OVERVIEW_OPEN_KEY)
      .then((stored) => {
        if (active && !touched.current && stored[OVERVIEW_OPEN_KEY] === true) setOpen(true);
      })
      .catch((e: unknown) => console.warn('could not read the overview state', e));
    return () => {
      active = false;
    };
  }, []);
  const change = useCallback((next: boolean) => {
    touched.current = true;
    setOpen(next);
    browser.storage.local.set({ [OVERVIEW_OPEN_KEY]: next }).catch((e: unknown) => console.warn('could not keep the overview state', e));
  }, []);
  return [open, change];
}
