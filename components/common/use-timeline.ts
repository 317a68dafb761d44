import { useCallback, useEffect, useState } from 'react';
import { messenger } from '../../utils/messaging/messenger';
import type { TimelineEntry } from '../../utils/schemas/contact';
import { subscribe } from '../../utils/messaging/broadcasts';
import { newestOnly } from './newest-only';

/**
 * A contact's notes and events, newest first, kept live: any change to this contact (from a sidebar,
 * another tab with the same person, or the popup) reloads it. undefined while loading.
 */
export function useTimeline(key: string): { entries: TimelineEntry[] | undefined; reload: () => void } {
  const [entries, setEntries] = useState<TimelineEntry[] | undefined>(undefined);
  const [answers] = useState(newestOnly);
  const reload = useCallback(() => {
    const isNewest = answers.next();
    void messenger.sendMessage('getTimeline', { key }).then((list) => {
      if (isNewest()) setEntries(list);
    });
  }, [key, answers]);

  useEffect(() => {
    setEntries(undefined);
    reload();
    const unsubscribe = subscribe('contactsChanged', ({ keys }) => {
      if (keys.includes(key)) reload();
    });
    return () => {
      answers.drop();
      unsubscribe();
    };
  }, [key, reload, answers]);
  return { entries, reload };
}
