import { useEffect, useMemo, useState } from 'react';
import { messenger } from '../../utils/messaging/messenger';
import type { CustomSkill } from '../../utils/schemas/contact';
import { getCatalogue } from '../../utils/skills/catalogue';
import { createSkillIndex, type SkillIndex } from '../../utils/skills/search';
import { subscribe } from '../../utils/ui/broadcasts';

/** The bundled catalogue plus the user's own free-text skills, rebuilt when those change. */
export function useSkillIndex(): SkillIndex {
  const [custom, setCustom] = useState<CustomSkill[]>([]);
  useEffect(() => {
    let active = true;
    const load = () =>
      messenger.sendMessage('listCustomSkills', undefined).then((skills) => {
        if (active) setCustom(skills);
      });
    void load();
    const unsubscribe = subscribe('settingsChanged', () => void load());
    return () => {
      active = false;
      unsubscribe();
    };
  }, []);
  return useMemo(() => createSkillIndex(getCatalogue(), custom), [custom]);
}
