import { useCallback, useEffect, useRef, useState } from 'react';
import { messenger } from '../../utils/messaging/messenger';
import type { TimelineEntry } from '../../utils/schemas/contact';
import { subscribe } from '../../utils/messaging/broadcasts';

/**
 * A contact's notes and events, newest first, kept live: any change to this contact (from a sidebar,
 * another tab with the same person, or the popup) reloads it. undefined while loading.
 */
export function useTimeline(key: string): { entries: TimelineEntry[] | undefined; reload: () => void } {
  const [entries, setEntries] = useState<TimelineEntry[] | undefined>(undefined);
  // Only the answer to the latest request is shown: an older one may arrive after a newer one.
  const latest = useRef(0);
  const reload = useCallback(() => {
    const request = ++latest.current;
    void messenger.sendMessage('getTimeline', { key }).then((list) => {
      if (request === latest.current) setEntries(list);
    });
  }, [key]);

  useEffect(() => {
    setEntries(undefined);
    reload();
    const unsubscribe = subscribe('contactsChanged', ({ keys }) => {
      if (keys.includes(key)) reload();
    });
    return () => {
      latest.current++;
      unsubscribe();
    };
  }, [key, reload]);
  return { entries, reload };
}
