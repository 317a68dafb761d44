import { dueReason } from '../reminders/due';
import type { ContactEntry } from './entry';
import { FILTER_FIELDS, NO_FILTERS, type PopupFilters } from './view-schema';

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
  return activeFilterCount(filters) > 0;
}

/**
 * How many filter choices are on (each chosen status or kind counts), over every field of the filter schema;
 * `except` leaves out fields that have their own control (the popup's "Due" button).
 */
export function activeFilterCount(filters: PopupFilters, except: readonly (keyof PopupFilters)[] = []): number {
  let count = 0;
  for (const field of FILTER_FIELDS) {
    if (except.includes(field)) continue;
    const value: unknown = filters[field];
    if (Array.isArray(value)) count += value.length;
    else if (value !== NO_FILTERS[field]) count += 1;
  }
  return count;
}
