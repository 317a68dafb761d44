/**
 * Reading one list entry (a job, a school) from its text lines, the same way on every markup variant:
 * the first line is the heading, the first later line that parses as a date line is the date, the lines between
 * are the sub-heading(s) (company / degree). Position and content decide, not class names.
 */
import type { Education, Experience } from '../schemas/profile';
import { parseDateLine, yearOf, type DateRange } from './dates';
import { clean, lines } from './text';

export interface EntryLines {
  head: string;
  /** Lines between heading and date (company · employment type, degree parts); the first other line when undated. */
  sub: string[];
  dateText: string | null;
  date: DateRange | null;
}

export function splitEntry(ls: readonly string[], single: 'both' | 'end' = 'both'): EntryLines | null {
  if (!ls[0]) return null;
  let di = -1;
  let date: DateRange | null = null;
  for (let i = 1; i < ls.length && !date; i++) if ((date = parseDateLine(ls[i]!, single))) di = i;
  return { head: ls[0], sub: di > 0 ? ls.slice(1, di) : ls.slice(1, 2), dateText: di > 0 ? ls[di]! : null, date };
}

const LISTS = (c: Element): boolean => c.tagName === 'UL' || c.tagName === 'OL';
/** An entry's own lines: nested lists (descriptions, skills, grouped roles) are someone else's. */
export const ownLines = (el: Element): string[] => lines(el, LISTS);

/** `Quillon Systems · Full-time` → `Quillon Systems`. */
export const firstPart = (s: string | undefined): string | null => clean(s?.split(/\s+[·•]\s+/)[0]) || null;

export function experience(e: EntryLines, company: string | null): Experience {
  const d = e.date;
  return {
    title: e.head,
    company,
    start: d?.start ?? null,
    end: d?.current ? null : (d?.end ?? null),
    current: !!d?.current,
    dateText: e.dateText,
  };
}

export function education(school: string, degree: string | null, d: DateRange | null): Education {
  return { school, degree, startYear: yearOf(d?.start), endYear: yearOf(d?.end) };
}

/** Outermost elements of a set (drop those nested inside another member). */
export const outermost = (els: readonly Element[]): Element[] =>
  els.filter((el) => !els.some((o) => o !== el && o.contains(el)));

/** The topmost running role, for currentRole / currentCompany. */
export const currentOf = (xs: readonly Experience[]): Experience | undefined => xs.find((x) => x.current);
