import type { TitleReading } from './read-title';

/** Typical years into a career for each stage a title suggests. */
export const YEARS_INTO_CAREER = { early: 1, mid: 8, senior: 20, retired: 38 } as const;

/** A career start estimated from a title, with the word it rests on (shown to the user). */
export interface TitleCareerEstimate {
  /** As of the year it was read in; a later year re-derives it from `yearsIn` (careerStartYearAt in matching). */
  year: number;
  /** Years into a career the title suggests: a "Werkstudentin" is about one year in, whichever year it is. */
  yearsIn: number;
  source: 'title';
  /** "Werkstudentin": the UI says "estimated from the title 'Werkstudentin'". */
  word: string;
}

/** Null when the title says nothing about the stage. */
export function careerStartFromTitle(reading: Pick<TitleReading, 'stage' | 'retired' | 'stageWord'>, now: Date): TitleCareerEstimate | null {
  if (reading.stage === 'unknown' || reading.stageWord === null) return null;
  const years = reading.retired ? YEARS_INTO_CAREER.retired : YEARS_INTO_CAREER[reading.stage];
  return { year: now.getUTCFullYear() - years, yearsIn: years, source: 'title', word: reading.stageWord };
}
