import type { CareerStart, Education, Experience } from '../schemas/profile';
import { yearOf } from './dates';

const min = (ys: (number | null)[]): number | null => {
  const v = ys.filter((y): y is number => y !== null);
  return v.length ? Math.min(...v) : null;
};

export interface Derived {
  earliestExperienceYear: number | null;
  earliestEducationYear: number | null;
  careerStart: CareerStart | null;
}

/**
 * Career start, kept simple enough to explain in one sentence in the UI:
 *  1. the earliest start year over all experience entries (nested roles, internships and working-student jobs
 *     included: they are listed as experience, and a student job is where a digital native's working life begins);
 *  2. else, with no dated experience, the earliest education END year (the first graduation), because people
 *     usually start working when they leave school/university, not when they enrol;
 *  3. else null ("unknown"), never a guess from the education start.
 * So a 25-years-in executive (1999) and a 3-years-in junior (2020 working student / 2022 graduate) come out
 * decades apart, which is what matching by career gap needs.
 */
export function derive(experience: readonly Experience[], education: readonly Education[]): Derived {
  const earliestExperienceYear = min(experience.map((e) => yearOf(e.start)));
  const earliestEducationYear = min(education.map((e) => e.startYear));
  const graduation = min(education.map((e) => e.endYear));
  const careerStart: CareerStart | null =
    earliestExperienceYear !== null
      ? { year: earliestExperienceYear, source: 'experience' }
      : graduation !== null
        ? { year: graduation, source: 'education' }
        : null;
  return { earliestExperienceYear, earliestEducationYear, careerStart };
}
