import { useEffect, useState } from 'react';
import { messenger } from '../../utils/messaging/messenger';
import type { OutreachTemplate } from '../../utils/schemas/template';
import { subscribe } from '../../utils/ui/broadcasts';

/** The templates the user wrote, live across pages (saving one broadcasts settingsChanged). */
export function useUserTemplates(): OutreachTemplate[] | undefined {
  const [templates, setTemplates] = useState<OutreachTemplate[] | undefined>(undefined);
  useEffect(() => {
    let active = true;
    const load = () =>
      messenger.sendMessage('listTemplates', undefined).then((list) => {
        if (active) setTemplates([...list].sort((a, b) => a.createdAt - b.createdAt));
      });
    void load();
    const unsubscribe = subscribe('settingsChanged', () => void load());
    return () => {
      active = false;
      unsubscribe();
    };
  }, []);
  return templates;
}
