import { useEffect, useState } from 'react';
import { subscribe, type BroadcastName } from '../../utils/messaging/broadcasts';
import { newestOnly } from './newest-only';

/**
 * A page-wide value read from the background and kept live: loaded once, then again whenever the broadcast
 * `on` arrives. undefined until the first answer; only the newest reload's answer is shown, none after unmount: two
 * broadcasts in a row (two quick saves of My profile) send two reloads, and the first one's answer, read before the
 * second save, must not replace the second's. (The settings page adopts the stored profile when no edit is pending,
 * and builds its next save on it.) For values of one contact, see useContact (the answer must stay tied to its key).
 */
export function useLive<T>(load: () => Promise<T>, on: BroadcastName): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const answers = newestOnly();
    const reload = () => {
      const isNewest = answers.next();
      void load().then((next) => {
        if (isNewest()) setValue(next);
      });
    };
    reload();
    const unsubscribe = subscribe(on, reload);
    return () => {
      answers.drop();
      unsubscribe();
    };
    // `load` is a fresh closure each render but always reads the same thing.
  }, [on]);
  return value;
}
