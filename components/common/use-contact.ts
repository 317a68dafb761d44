import { useEffect, useState } from 'react';
import { messenger } from '../../utils/messaging/messenger';
import { subscribe } from '../../utils/messaging/broadcasts';
import type { Contact } from '../../utils/schemas/contact';
import { newestOnly } from './newest-only';

/**
 * One saved contact, kept live: null when the person is not saved, undefined while loading. The answer is
 * stored with the key it belongs to, so the render in which the key changes never shows the previous person's.
 */
export function useContact(key: string | null): Contact | null | undefined {
  const [loaded, setLoaded] = useState<{ key: string; contact: Contact | null } | undefined>(undefined);
  useEffect(() => {
    if (!key) return;
    const answers = newestOnly();
    const load = () => {
      const isNewest = answers.next();
      return messenger.sendMessage('getContact', { key }).then((contact) => {
        if (isNewest()) setLoaded({ key, contact });
      });
    };
    void load();
    const unsubscribe = subscribe('contactsChanged', ({ keys }) => {
      if (keys.includes(key)) void load();
    });
    return () => {
      answers.drop();
      unsubscribe();
    };
  }, [key]);
  if (!key) return null;
  return loaded?.key === key ? loaded.contact : undefined;
}
