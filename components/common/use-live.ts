import { useEffect, useState } from 'react';
import { subscribe, type BroadcastName } from '../../utils/messaging/broadcasts';
import { newestOnly } from './newest-only';

/**
 * A page-wide value read from the background and kept live: loaded once, then again whenever the broadcast `on`
 * (one broadcast or several) arrives. undefined until the first answer; only the newest reload's answer is shown,
 * none after unmount: two broadcasts in a row (two quick saves of My profile) send two reloads, and the first one's
 * answer, read before the second save, must not replace the second's. A page that saves needs more: a read asked
 * before its latest save can still answer after that save's reply, so it also skips its own earlier saves read back
 * (own-saves.ts). For values of one contact, see useContact (the answer must stay tied to its key).
 */
export function useLive<T>(load: () => Promise<T>, on: BroadcastName | readonly BroadcastName[]): T | undefined {
  // A string, so a list written inline does not re-subscribe on every render.
  const names = typeof on === 'string' ? on : on.join(' ');
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const answers = newestOnly();
    const reload = () => {
      const isNewest = answers.next();
      // A failed read keeps what is shown; the next broadcast reads again.
      load().then(
        (next) => {
          if (isNewest()) setValue(next);
        },
        () => undefined,
      );
    };
    reload();
    const unsubscribes = names.split(' ').map((name) => subscribe(name as BroadcastName, reload));
    return () => {
      answers.drop();
      for (const unsubscribe of unsubscribes) unsubscribe();
    };
    // `load` is a fresh closure each render but always reads the same thing.
  }, [names]);
  return value;
}
