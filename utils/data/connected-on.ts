/**
 * "Connected On" dates as LinkedIn writes them (`15 Mar 2023`; German exports `15 März 2023`, `15.03.2023`)
 * → `2023-03-15`. Month names are matched on lower-cased text without a trailing dot.
 */

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['jan', 'january', 'januar', 'jän', 'jänner'],
  ['feb', 'february', 'februar'],
  ['mar', 'march', 'mär', 'märz', 'mrz', 'maerz'],
  ['apr', 'april'],
  ['may', 'mai'],
  ['jun', 'june', 'juni'],
  ['jul', 'july', 'juli'],
  ['aug', 'august'],
  ['sep', 'sept', 'september'],
  ['oct', 'october', 'okt', 'oktober'],
  ['nov', 'november'],
  ['dec', 'december', 'dez', 'dezember'],
];
MONTH_NAMES.forEach((names, index) => {
  for (const name of names) MONTHS[name] = index + 1;
});

const NAMED = /^(\d{1,2})\.?\s+([a-zäöü]+)\.?\s+(\d{4})$/;
const NAMED_US = /^([a-zäöü]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  // Day 0 of the next month is the last day of this one: rejects 31 Apr and 29 Feb in non-leap years.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `YYYY-MM-DD`, or null when the text is empty or not a date we can read with certainty. */
export function parseConnectedOn(text: string): string | null {
  const value = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (value === '') return null;
  let match = NAMED.exec(value);
  if (match) {
    const month = MONTHS[match[2]!];
    return month ? isoDate(Number(match[3]), month, Number(match[1])) : null;
  }
  match = NAMED_US.exec(value);
  if (match) {
    const month = MONTHS[match[1]!];
    return month ? isoDate(Number(match[3]), month, Number(match[2])) : null;
  }
  match = DOTTED.exec(value);
  if (match) return isoDate(Number(match[3]), Number(match[2]), Number(match[1]));
  match = ISO.exec(value);
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  // Slash dates (03/04/2023) are deliberately not read: day-first or month-first cannot be told apart.
  return null;
}
