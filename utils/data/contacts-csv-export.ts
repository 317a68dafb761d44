/**
 * Contacts → CSV for spreadsheets. Every cell that a spreadsheet could run as a formula is neutralised
 * (OWASP "CSV injection"): profile text such as a headline is written by other people, not the user.
 */
import Papa from 'papaparse';
import type { Contact } from '../schemas/contact';

export const CONTACT_CSV_COLUMNS = [
  'name',
  'headline',
  'role',
  'company',
  'location',
  'url',
  'status',
  'direction',
  'teach skills',
  'learn skills',
  'follow-up date',
  'created',
  'updated',
] as const;

export interface ContactsCsvOptions {
  /** IANA zone for the follow-up date (a calendar day for the user); defaults to the runtime's zone. */
  timeZone?: string;
}

// OWASP: =, +, -, @, tab and carriage return can start a formula (or DDE payload) in Excel, LibreOffice, Sheets.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a `'` to a cell a spreadsheet would otherwise evaluate; the quote makes it plain text. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function calendarDay(epochMs: number, timeZone: string | undefined): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(epochMs),
  );
}

/**
 * CSV text (with a UTF-8 BOM so Excel reads umlauts correctly, CRLF line ends). `labelOf` turns a skill id into
 * the label the user sees. Statuses and directions are written as their stable ids (e.g. `mentoring`).
 */
export function exportContactsCsv(
  contacts: readonly Contact[],
  labelOf: (skillId: string) => string,
  options: ContactsCsvOptions = {},
): string {
  const skills = (ids: readonly string[]): string => ids.map(labelOf).join('; ');
  const data = contacts.map((contact) =>
    [
      contact.name,
      contact.headline ?? '',
      contact.currentRole ?? '',
      contact.currentCompany ?? '',
      contact.location ?? '',
      contact.url,
      contact.status,
      contact.direction ?? '',
      skills(contact.teachSkills),
      skills(contact.learnSkills),
      contact.followUpAt === null ? '' : calendarDay(contact.followUpAt, options.timeZone),
      new Date(contact.createdAt).toISOString(),
      new Date(contact.updatedAt).toISOString(),
    ].map(neutraliseCell),
  );
  // Neutralised here rather than with Papa's escapeFormulae: its pattern misses cells with line breaks.
  const table = Papa.unparse({ fields: [...CONTACT_CSV_COLUMNS], data }, { newline: '\r\n', quotes: false });
  // Papa ends a header-only table with a line break but not one with rows: end every file with exactly one.
  return `\uFEFF${table.endsWith('\r\n') ? table : `${table}\r\n`}`;
}
