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

/**
 * OWASP: =, +, -, @, tab and carriage return can start a formula (or DDE payload) in Excel, LibreOffice,
 * Sheets. Not only at the start of a cell: a spreadsheet that splits on `;` (German Excel) or tab turns
 * `Dev;=1+2` into a cell `=1+2`. So every piece that could become a cell start — after the start or after
 * any separator or line break, past spaces and quotes a spreadsheet would strip — gets the `'` that makes
 * it plain text.
 */
const FORMULA_START = /[=+\-@\t\r]/;
const SEPARATOR = /[,;\t\r\n]/;

/** A cell no spreadsheet evaluates, whichever of `,` `;` or tab it splits on. */
export function neutraliseCell(value: string): string {
  let out = '';
  let pieceStart = true;
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    if (pieceStart) {
      // Spaces and quotes a spreadsheet strips from a piece: the `'` goes before them, so what is left is text.
      let j = i;
      while (value[j] === ' ' || value[j] === '"') j++;
      if (j < value.length && FORMULA_START.test(value[j]!)) out += "'";
      pieceStart = false;
    }
    out += char;
    if (SEPARATOR.test(char)) pieceStart = true;
  }
  return out;
}

/** A stored time as text; an impossible one (a damaged record) is left empty rather than failing the export. */
function safeDate(epochMs: number | null, format: (date: Date) => string): string {
  if (epochMs === null) return '';
  const date = new Date(epochMs);
  return Number.isNaN(date.getTime()) ? '' : format(date);
}

function calendarDay(epochMs: number | null, timeZone: string | undefined): string {
  // en-CA formats as YYYY-MM-DD.
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return safeDate(epochMs, (date) => format.format(date));
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
      calendarDay(contact.followUpAt, options.timeZone),
      safeDate(contact.createdAt, (date) => date.toISOString()),
      safeDate(contact.updatedAt, (date) => date.toISOString()),
    ].map((cell) => neutraliseCell(String(cell ?? ''))),
  );
  // Neutralised here rather than with Papa's escapeFormulae: its pattern misses cells with line breaks.
  const table = Papa.unparse({ fields: [...CONTACT_CSV_COLUMNS], data }, { newline: '\r\n', quotes: false });
  // Papa ends a header-only table with a line break but not one with rows: end every file with exactly one.
  return `\uFEFF${table.endsWith('\r\n') ? table : `${table}\r\n`}`;
}
