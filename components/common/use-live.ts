import { useEffect, useState } from 'react';
import { subscribe, type BroadcastName } from '../../utils/messaging/broadcasts';

/**
 * A page-wide value read from the background and kept live: loaded once, then again whenever the broadcast
 * `on` arrives. undefined until the first answer; a late answer of an unmounted view is dropped. For values
 * of one contact, see useContact (the answer must stay tied to its key).
 */
export function useLive<T>(load: () => Promise<T>, on: BroadcastName): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let active = true;
    const reload = () =>
      void load().then((next) => {
        if (active) setValue(next);
      });
    reload();
    const unsubscribe = subscribe(on, reload);
    return () => {
      active = false;
      unsubscribe();
    };
    // `load` is a fresh closure each render but always reads the same thing.
  }, [on]);
  return value;
}
