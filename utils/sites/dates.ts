/**
 * Date lines as LinkedIn and XING show them, English and German UI:
 *   `Apr 2021 - Present · 4 yrs`, `Jan. 2018–Heute · 6 J. 11 Mon.`, `März 2015 - Dez. 2017 · 2 Jahre 10 Monate`,
 *   `Mar 2024 - Present 1 year 2 months`, `2019 - 2022`,
 *   `9 Jahre und 11 Monate, seit 03/2015`, `5 Jahre und 7 Monate, 08/2009 - 02/2015`, `2002 - 2004`.
 */

export interface DateRange {
  /** `YYYY-MM`, or `YYYY` when only the year is shown. */
  start: string | null;
  /** null while running (or when the line has a single date and `single` is 'start'). */
  end: string | null;
  current: boolean;
}

// Month names and abbreviations as shown in English and German UIs (`Jan.`, `März`, `Mrz.`, `Sept.`, `Dez.`).
const MONTHS = new Map<string, number>();
'jan january januar jän jänner|feb february februar|mar march mär märz mrz maerz|apr april|may mai|jun june juni|jul july juli|aug august|sep sept september|oct october okt oktober|nov november|dec december dez dezember'
  .split('|')
  .forEach((names, i) => names.split(' ').forEach((n) => MONTHS.set(n, i + 1)));

// Words a date line may hold besides dates: "until now", "since", durations and connectors. Any other word means
// "not a date line" (a title, "Full-time · 8 yrs 3 mos" has no year, a description has other words).
const NOW = new Set(['present', 'today', 'now', 'current', 'heute', 'aktuell', 'jetzt']);
const SINCE = new Set(['seit', 'since']);
const FILLER = new Set(
  ('to until till from and less than a yr yrs year years mo mos month months bis von und weniger als ein j jahr jahre ' +
    'jahren mon monat monate monaten').split(' '),
);

const ym = (year: number, month?: number): string | null =>
  year < 1900 || year > 2100 ? null : month ? `${year}-${String(month).padStart(2, '0')}` : String(year);

/**
 * Parse a date line; null when the line is not one (a title, "Full-time · 8 yrs 3 mos", a description).
 * A lone date is a start when the line says "since"/"seit" (`seit 03/2015`), else it is taken for both ends
 * (`single: 'both'`, experience) or only the end (`single: 'end'`, education shows graduation years alone).
 */
export function parseDateLine(line: string, single: 'both' | 'end' = 'both'): DateRange | null {
  // Date lines are short and hold a year: skip descriptions and titles cheaply.
  if (line.length > 80 || !/\d{4}/.test(line)) return null;
  const words = line.toLowerCase().split(/[\s·•,()+|\-–—]+/).filter(Boolean);
  const dates: (string | null)[] = [];
  let running = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.replace(/\.$/, '');
    const month = MONTHS.get(w);
    const my = /^(\d\d?)[./](\d{4})$/.exec(w); // 03/2015, 03.2015
    if (/^\d{4}$/.test(w)) dates.push(ym(+w));
    else if (my) dates.push(ym(+my[2]!, +my[1]! >= 1 && +my[1]! <= 12 ? +my[1]! : undefined));
    else if (month && /^\d{4}$/.test(words[i + 1] ?? '')) dates.push(ym(+words[++i]!, month));
    else if (NOW.has(w) || SINCE.has(w)) running = true;
    else if (!FILLER.has(w) && !/^\d\d?$/.test(w)) return null;
  }
  if (!dates.length) return null;
  const [a = null, b = null] = dates;
  if (dates.length > 1) return { start: a, end: b, current: false };
  if (running) return { start: a, end: null, current: true };
  return single === 'end' ? { start: null, end: a, current: false } : { start: a, end: a, current: false };
}

/** The year of a `YYYY` / `YYYY-MM` value. */
export const yearOf = (v: string | null | undefined): number | null => (v && /^\d{4}/.test(v) ? +v.slice(0, 4) : null);
