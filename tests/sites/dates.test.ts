/** Date lines as the sites show them, English and German UI. */
import { describe, expect, it } from 'vitest';
import { parseDateLine, yearOf } from '../../utils/sites/dates';

const run = (start: string | null) => ({ start, end: null, current: true });
const span = (start: string | null, end: string | null) => ({ start, end, current: false });

describe('parseDateLine', () => {
  it.each([
    // LinkedIn, English UI
    ['Apr 2021 - Present · 4 yrs', run('2021-04')],
    ['Jan 2017 - Mar 2021 · 4 yrs 3 mos', span('2017-01', '2021-03')],
    ['Jun 2011 to Dec 2016 · 5 yrs 7 mos', span('2011-06', '2016-12')],
    ['Mar 2024 - Present 1 year 2 months', run('2024-03')],
    ['Feb 2022 - Jul 2022 6 months', span('2022-02', '2022-07')],
    ['Sep 2023 - Present · less than a year', run('2023-09')],
    ['Sept 2019 – Oct 2020 · 1 yr 2 mos', span('2019-09', '2020-10')],
    ['2019 - 2022', span('2019', '2022')],
    ['2019–2022', span('2019', '2022')],
    ['2010 - Present', run('2010')],
    // LinkedIn, German UI
    ['Jan. 2018–Heute · 6 J. 11 Mon.', run('2018-01')],
    ['März 2015 - Dez. 2017 · 2 Jahre 10 Monate', span('2015-03', '2017-12')],
    ['Mrz. 2015 - Mai 2016 · 1 Jahr 3 Monate', span('2015-03', '2016-05')],
    ['Okt. 2006 - Aug. 2008 · 1 Jahr 11 Monate', span('2006-10', '2008-08')],
    ['Juni 2020 - Juli 2021', span('2020-06', '2021-07')],
    ['Apr. 2021 – heute · 4 Jahre', run('2021-04')],
    // XING
    ['9 Jahre und 11 Monate, seit 03/2015', run('2015-03')],
    ['5 Jahre und 7 Monate, 08/2009 - 02/2015', span('2009-08', '2015-02')],
    ['4 Jahre, 10/2000 - 09/2004', span('2000-10', '2004-09')],
    ['2002 - 2004', span('2002', '2004')],
    ['seit 2019', run('2019')],
    ['since Jan 2020', run('2020-01')],
    ['03/2015 - heute', run('2015-03')],
  ])('%s', (line, want) => {
    expect(parseDateLine(line)).toEqual(want);
  });

  it('a lone year is start and end for a job, the graduation year for a school', () => {
    expect(parseDateLine('2015')).toEqual(span('2015', '2015'));
    expect(parseDateLine('2015', 'end')).toEqual(span(null, '2015'));
    expect(parseDateLine('Dec 2015', 'end')).toEqual(span(null, '2015-12'));
  });

  it.each([
    'Chief Technology Officer',
    'Full-time · 8 yrs 3 mos',
    'Vollzeit · 9 J. 10 Mon.',
    'Quillon Systems · Full-time',
    'Manchester, England, United Kingdom',
    'from writing C++ route-planning code in 1999 to leading a 140-strong engineering organisation',
    'Issued Nov 2024',
    'Top skills',
    '',
    '4 yrs',
    'Present',
    '2 yrs 3 mos',
    '1,208 followers',
    'Mitglied seit / Profilbesuche 2009 / 1.204',
  ])('not a date line: %j', (line) => {
    expect(parseDateLine(line)).toBeNull();
  });

  it('ignores impossible years and month numbers', () => {
    expect(parseDateLine('13/2015 - 02/2016')).toEqual(span('2015', '2016-02'));
    expect(parseDateLine('1066 - 1067')).toEqual(span(null, null));
  });
});

describe('yearOf', () => {
  it.each([
    ['2021-04', 2021],
    ['2002', 2002],
    [null, null],
    ['', null],
    ['abc', null],
  ] as const)('%j → %j', (v, y) => {
    expect(yearOf(v)).toBe(y);
  });
});

describe('month words', () => {
  it.each([
    ['January 2020 - March 2021', span('2020-01', '2021-03')],
    ['Januar 2020 - Dezember 2021', span('2020-01', '2021-12')],
    ['Jän. 2020 - Juli 2021', span('2020-01', '2021-07')],
    ['Maerz 2019 - heute', run('2019-03')],
    ['Augsburg 2015', null],
    ['Mai', null],
  ])('%s', (line, want) => {
    expect(parseDateLine(line)).toEqual(want);
  });
});
