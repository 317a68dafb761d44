import type { SkillCategory, SkillInfo } from './types';

/**
 * Reverse mentoring pairs two kinds of know-how: what newer generations tend to bring (digital tools,
 * current trends) and what experience tends to bring (strategy, emotional intelligence, industry).
 */
export type SkillGroup = 'new' | 'experience';

export function groupOf(category: SkillCategory | null): SkillGroup | null {
  if (category === 'digital' || category === 'trends') return 'new';
  if (category === 'strategy' || category === 'eq' || category === 'industry') return 'experience';
  return null; // custom / unknown skills take part in matching but never shape the pairing
}

export function otherGroup(group: SkillGroup): SkillGroup {
  return group === 'new' ? 'experience' : 'new';
}

export interface GroupCounts {
  new: number;
  experience: number;
}

export function countGroups(ids: readonly string[], skills: SkillInfo): GroupCounts {
  const counts: GroupCounts = { new: 0, experience: 0 };
  for (const id of ids) {
    const g = groupOf(skills.category(id));
    if (g) counts[g] += 1;
  }
  return counts;
}

/** The group with strictly more skills; null on a tie (including none at all). */
export function dominantGroup(ids: readonly string[], skills: SkillInfo): SkillGroup | null {
  const c = countGroups(ids, skills);
  if (c.new > c.experience) return 'new';
  if (c.experience > c.new) return 'experience';
  return null;
}

export function categoriesOf(ids: readonly string[], skills: SkillInfo): Set<SkillCategory> {
  const out = new Set<SkillCategory>();
  for (const id of ids) {
    const c = skills.category(id);
    if (c) out.add(c);
  }
  return out;
}
