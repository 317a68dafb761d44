/** The careerStart rule (see utils/sites/derive.ts). */
import { describe, expect, it } from 'vitest';
import type { Education, Experience } from '../../utils/schemas/profile';
import { derive } from '../../utils/sites/derive';

const job = (start: string | null, end: string | null = null): Experience => ({
  title: 'Role',
  company: 'Co',
  start,
  end,
  current: end === null && start !== null,
  dateText: null,
});
const school = (startYear: number | null, endYear: number | null): Education => ({ school: 'Uni', degree: null, startYear, endYear });

describe('derive', () => {
  it('earliest experience start wins, internships and nested roles included, in any order', () => {
    const d = derive([job('2021-04'), job('1999-07', '2005-08'), job('2011-06', '2016-12')], [school(1991, 1995)]);
    expect(d).toEqual({ earliestExperienceYear: 1999, earliestEducationYear: 1991, careerStart: { year: 1999, source: 'experience' } });
  });

  it('a working-student job before graduation is the career start', () => {
    const d = derive([job('2024-03'), job('2020-10', '2022-01')], [school(2019, 2022), school(2020, 2021)]);
    expect(d.careerStart).toEqual({ year: 2020, source: 'experience' });
    expect(d.earliestEducationYear).toBe(2019);
  });

  it('without dated experience: the first graduation year, not the enrolment year', () => {
    const d = derive([job(null)], [school(2010, 2012), school(1991, 1995)]);
    expect(d).toEqual({ earliestExperienceYear: null, earliestEducationYear: 1991, careerStart: { year: 1995, source: 'education' } });
  });

  it('education with start years only, or nothing at all: unknown', () => {
    expect(derive([], [school(2019, null)]).careerStart).toBeNull();
    expect(derive([], [])).toEqual({ earliestExperienceYear: null, earliestEducationYear: null, careerStart: null });
  });

  it('tells a 25-years-in executive from a 3-years-in junior', () => {
    const senior = derive([job('1999-07', '2005-08')], []).careerStart!.year;
    const junior = derive([], [school(2018, 2022)]).careerStart!.year;
    expect(junior - senior).toBe(23);
  });
});
