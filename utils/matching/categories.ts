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

/**
 * Categories the learner visibly masters: two or more skills in it, or any skill in it when it belongs to the
 * learner's dominant group. One stray skill outside their strengths (a creator whose About says "partnerships")
 * does not mean they have nothing to learn in that field.
 */
export function masteredCategories(ids: readonly string[], skills: SkillInfo): Set<SkillCategory> {
  const dominant = dominantGroup(ids, skills);
  const counts = new Map<SkillCategory, number>();
  for (const id of new Set(ids)) {
    const c = skills.category(id);
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const out = new Set<SkillCategory>();
  for (const [category, count] of counts) if (count >= 2 || groupOf(category) === dominant) out.add(category);
  return out;
}
