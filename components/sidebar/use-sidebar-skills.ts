import { useMemo, useRef, useState } from 'react';
import { messenger } from '../../utils/messaging/messenger';
import type { Profile } from '../../utils/schemas/profile';
import {
  createSkillIndex,
  normaliseSkill,
  resolveProfileSkills,
  type CustomSkill,
  type SkillIndex,
} from '../../utils/skills/search';
import { useSkillIndex } from '../common/use-skill-index';

/**
 * The skill index for one person's tag fields: the catalogue and my custom skills, plus the profile's
 * own skills that are not in the catalogue (so they can be offered with their real name) and free text
 * typed here (shown by name before the background has stored it). A custom skill is remembered through
 * addCustomSkill only once it is actually tagged.
 */
export function useSidebarSkills(profile: Profile) {
  const base = useSkillIndex();
  const [typed, setTyped] = useState<CustomSkill[]>([]);
  const labels = useRef(new Map<string, string>());

  const profileExtras = useMemo(() => {
    const extras: CustomSkill[] = [];
    // XING offers / seeks are suggested as tags too: unknown ones need their label like the profile's own skills.
    for (const skill of [...profile.skills, ...(profile.offers ?? []), ...(profile.seeks ?? [])]) {
      const found = normaliseSkill(base, skill);
      if (found && found.id.startsWith('custom:') && !base.customLabels.has(found.id)) extras.push(found);
    }
    return extras;
  }, [base, profile.skills, profile.offers, profile.seeks]);

  const index: SkillIndex = useMemo(() => {
    const extra = [...profileExtras, ...typed];
    if (extra.length === 0) return base;
    const stored = [...base.customLabels].map(([id, label]) => ({ id, label }));
    return createSkillIndex(base.catalogue, [...stored, ...extra]);
  }, [base, profileExtras, typed]);

  const offered = useMemo(() => resolveProfileSkills(index, profile.skills), [index, profile.skills]);

  /** TagInput calls this before adding free text: remember its label at once. */
  const onCustomSkill = (skill: { id: string; label: string }) => {
    labels.current.set(skill.id, skill.label);
    setTyped((list) => (list.some((s) => s.id === skill.id) ? list : [...list, skill]));
  };

  /** Stores the custom skills among newly tagged ids, so every tag field suggests them afterwards. */
  const rememberCustom = (added: string[]): void => {
    for (const id of added) {
      if (!id.startsWith('custom:') || base.customLabels.has(id)) continue;
      const label = labels.current.get(id) ?? index.customLabels.get(id);
      if (label) void messenger.sendMessage('addCustomSkill', { id, label }).catch(() => {});
    }
  };

  return { index, offered, onCustomSkill, rememberCustom };
}
