import { EARLIEST_CAREER_YEAR } from './career';
import type { MyProfile } from '../schemas/settings';

/** Without any skill on my side there is nothing to match: the UI asks me to fill in my profile. */
export function isMyProfileEmpty(profile: Pick<MyProfile, 'teachSkills' | 'learnSkills'>): boolean {
  return profile.teachSkills.length === 0 && profile.learnSkills.length === 0;
}

export type CareerYearInput = { ok: true; year: number | null } | { ok: false };

/** The career-start field: empty means "not set"; otherwise a whole year from 1940 up to this year. */
export function parseCareerYear(text: string, now: Date): CareerYearInput {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, year: null };
  if (!/^\d{4}$/.test(trimmed)) return { ok: false };
  const year = Number(trimmed);
  if (year < EARLIEST_CAREER_YEAR || year > now.getFullYear()) return { ok: false };
  return { ok: true, year };
}
