import { dueReason } from '../reminders/due';
import type { ContactEntry } from './entry';
import type { PopupFilters } from './view-schema';

type Filterable = Pick<
  ContactEntry,
  'status' | 'statusChangedAt' | 'followUpAt' | 'teachSkills' | 'learnSkills' | 'profileSkillIds' | 'match'
>;

/** Could this person teach me the skill: tagged by me, on their profile, or found by matching. */
export function couldTeach(entry: Filterable, skill: string): boolean {
  return entry.teachSkills.includes(skill) || entry.match.theyTeachMe.includes(skill) || entry.profileSkillIds.includes(skill);
}

/** Would this person like to learn the skill: tagged by me, or found by matching against what I teach. */
export function couldLearn(entry: Filterable, skill: string): boolean {
  return entry.learnSkills.includes(skill) || entry.match.iTeachThem.includes(skill);
}

/** True when the contact passes every active filter (an empty list or null means that filter is off). */
export function matchesFilters(entry: Filterable, filters: PopupFilters, now: number): boolean {
  if (filters.statuses.length > 0 && !filters.statuses.includes(entry.status)) return false;
  if (filters.kinds.length > 0 && !filters.kinds.includes(entry.match.kind)) return false;
  if (filters.teachSkill !== null && !couldTeach(entry, filters.teachSkill)) return false;
  if (filters.learnSkill !== null && !couldLearn(entry, filters.learnSkill)) return false;
  if (filters.due && dueReason(entry, now) === null) return false;
  return true;
}

/** Whether any filter is on (the UI offers "clear" then). */
export function hasActiveFilters(filters: PopupFilters): boolean {
  return (
    filters.teachSkill !== null ||
    filters.learnSkill !== null ||
    filters.statuses.length > 0 ||
    filters.kinds.length > 0 ||
    filters.due
  );
}
