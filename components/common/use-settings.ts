import { useEffect, useState } from 'react';
import { messenger } from '../../utils/messaging/messenger';
import type { Settings } from '../../utils/messaging/protocol';
import { subscribe } from '../../utils/ui/broadcasts';

/** My profile and preferences, kept live across every open extension page. undefined while loading. */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  useEffect(() => {
    let active = true;
    const load = () =>
      messenger.sendMessage('getSettings', undefined).then((s) => {
        if (active) setSettings(s);
      });
    void load();
    const unsubscribe = subscribe('settingsChanged', () => void load());
    return () => {
      active = false;
      unsubscribe();
    };
  }, []);
  return settings;
}
