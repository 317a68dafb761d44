import { useCallback, useEffect, useState } from 'react';
import { messenger } from '../../utils/messaging/messenger';
import { subscribe } from '../../utils/messaging/broadcasts';
import type { Contact } from '../../utils/schemas/contact';

/**
 * One saved contact, kept live: null when the person is not saved, undefined while loading. The answer is
 * stored with the key it belongs to, so the render in which the key changes never shows the previous person's.
 */
export function useContact(key: string | null): Contact | null | undefined {
  const [loaded, setLoaded] = useState<{ key: string; contact: Contact | null } | undefined>(undefined);
  useEffect(() => {
    if (!key) return;
    let active = true;
    const load = () =>
      messenger.sendMessage('getContact', { key }).then((contact) => {
        if (active) setLoaded({ key, contact });
      });
    void load();
    const unsubscribe = subscribe('contactsChanged', ({ keys }) => {
      if (keys.includes(key)) void load();
    });
    return () => {
      active = false;
      unsubscribe();
    };
  }, [key]);
  if (!key) return null;
  return loaded?.key === key ? loaded.contact : undefined;
}

/** Every saved contact, reloaded whenever any of them changes. undefined while loading. */
export function useContacts(): { contacts: Contact[] | undefined; reload: () => void } {
  const [contacts, setContacts] = useState<Contact[] | undefined>(undefined);
  const reload = useCallback(() => {
    void messenger.sendMessage('listContacts', undefined).then(setContacts);
  }, []);
  useEffect(() => {
    reload();
    return subscribe('contactsChanged', reload);
  }, [reload]);
  return { contacts, reload };
}
