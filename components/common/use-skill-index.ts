import { useMemo } from 'react';
import { messenger } from '../../utils/messaging/messenger';
import { getCatalogue } from '../../utils/skills/catalogue';
import { createSkillIndex, type SkillIndex } from '../../utils/skills/search';
import { useLive } from './use-live';

/** The bundled catalogue plus the user's own free-text skills, rebuilt when those change. */
export function useSkillIndex(): SkillIndex {
  const custom = useLive(() => messenger.sendMessage('listCustomSkills', undefined), 'settingsChanged');
  return useMemo(() => createSkillIndex(getCatalogue(), custom ?? []), [custom]);
}
