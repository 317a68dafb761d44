import { useMemo } from 'react';
import { messenger } from '../../utils/messaging/messenger';
import { bundledCatalogue } from '../../utils/skills/catalogue';
import { createSkillLabels, type SkillLabels } from '../../utils/skills/search';
import { useLive } from './use-live';

/**
 * Skill names (catalogue plus the user's own skills) for pages that only show them: much cheaper to build
 * than useSkillIndex's search index, which matters on the popup's and the radar's first render. The catalogue
 * is taken as bundled (checked by the unit tests), not validated again on the page's first render.
 */
export function useSkillLabels(): SkillLabels {
  const custom = useLive(() => messenger.sendMessage('listCustomSkills', undefined), 'settingsChanged');
  return useMemo(() => createSkillLabels(bundledCatalogue(), custom ?? []), [custom]);
}
