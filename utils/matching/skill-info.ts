import type { SkillInfo } from './types';
import { relatedSkills } from '../skills/related';
import { skillCategory, skillLabel, type SkillIndex } from '../skills/search';

const cache = new WeakMap<SkillIndex, SkillInfo>();

/** The catalogue (plus the user's custom skills) in the shape matching and drafting read it. */
export function skillInfoFrom(index: SkillIndex): SkillInfo {
  let info = cache.get(index);
  if (!info) {
    info = {
      category: (id) => skillCategory(index, id),
      label: (id, lang) => skillLabel(index, id, lang),
      related: relatedSkills,
    };
    cache.set(index, info);
  }
  return info;
}
