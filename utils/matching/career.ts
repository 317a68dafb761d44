import type { CareerGap, Side } from './types';

/** Career starts this far apart are different generations (classic reverse-mentoring territory). */
export const GENERATION_GAP_YEARS = 10;
/** Below this the two are peers; between the two thresholds they are at different career stages. */
export const PEER_GAP_YEARS = 5;
/** Career starts before this are treated as parse errors (the settings schema uses the same floor). */
export const EARLIEST_CAREER_YEAR = 1940;

/** A year we can believe: an integer, not before 1940 and not in the future. */
export function plausibleCareerYear(year: number | null, now: Date): number | null {
  if (year === null || !Number.isInteger(year)) return null;
  if (year < EARLIEST_CAREER_YEAR || year > now.getUTCFullYear()) return null;
  return year;
}

export function careerGap(myYear: number | null, theirYear: number | null, now: Date): CareerGap {
  const mine = plausibleCareerYear(myYear, now);
  const theirs = plausibleCareerYear(theirYear, now);
  if (mine === null || theirs === null) {
    const unknown: Side | 'both' = mine === null && theirs === null ? 'both' : mine === null ? 'me' : 'them';
    return { stage: 'unknown', gapYears: null, moreExperienced: null, unknown };
  }
  const gapYears = Math.abs(mine - theirs);
  const moreExperienced: Side | null = mine < theirs ? 'me' : theirs < mine ? 'them' : null;
  const stage = gapYears >= GENERATION_GAP_YEARS ? 'generations' : gapYears >= PEER_GAP_YEARS ? 'stages' : 'peers';
  return { stage, gapYears, moreExperienced, unknown: null };
}
