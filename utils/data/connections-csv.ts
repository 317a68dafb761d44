/**
 * LinkedIn "Download your data" → Connections.csv → rows keyed by canonical profile URL.
 *
 * LinkedIn's real export (tests/fixtures-data/Connections*.csv): optional UTF-8 BOM, a `Notes:` line, a quoted multi-line paragraph, a blank line,
 * then `First Name,Last Name,URL,Email Address,Company,Position,Connected On` (German exports:
 * `Vorname,Nachname,URL,E-Mail-Adresse,Unternehmen,Position,Verbunden am`). Older exports have no URL column.
 *
 * Rows without a usable profile URL are skipped, never keyed by name: two "Anna Schmidt"s are different people,
 * and merging a CSV row into the wrong saved contact would silently attach someone else's data to them.
 */
import Papa from 'papaparse';
import type { Parser, ParseStepResult } from 'papaparse';
import type { Platform } from '../schemas/profile';
import { parseConnectedOn } from './connected-on';
import { exceedsBytes, MAX_IMPORT_BYTES, utf8ByteLength } from './file-size';
import type { ImportProblem, ImportWarning, SkipReason } from './problems';

/** Canonical key + URL of a profile URL, or null for anything that is not a profile (see utils/sites/canonical.ts). */
export type Canonicalise = (url: string) => { key: string; url: string; platform: Platform } | null;

/** One connection from the file. Email addresses are dropped on purpose: contacts have no email field. */
export interface ImportedConnection {
  key: string;
  url: string;
  platform: Platform;
  /** First and last name joined; never empty. */
  name: string;
  company: string | null;
  position: string | null;
  /** `YYYY-MM-DD`, or null when empty or unreadable. */
  connectedOn: string | null;
  /** 1-based line in the file where the row starts (after the BOM), for messages. */
  line: number;
}

export interface SkippedRow {
  line: number;
  reason: SkipReason;
}

/** A later row with the same canonical key as an earlier one; only the first is kept. */
export interface DuplicateRow {
  line: number;
  firstLine: number;
  key: string;
}

export type ConnectionsParseResult =
  | {
      ok: true;
      rows: ImportedConnection[];
      skipped: SkippedRow[];
      duplicates: DuplicateRow[];
      /** Non-fatal, file-level notices (codes; text via describeImportProblem). */
      errors: ImportWarning[];
      /** Language of the header row. */
      language: 'en' | 'de';
    }
  | { ok: false; problem: ImportProblem };

type Field = 'firstName' | 'lastName' | 'url' | 'email' | 'company' | 'position' | 'connectedOn';

/** Header cell (trimmed, lower case) → field. German names as reported for German-language exports. */
const HEADER_ALIASES: Record<string, { field: Field; lang: 'en' | 'de' }> = {
  'first name': { field: 'firstName', lang: 'en' },
  'last name': { field: 'lastName', lang: 'en' },
  url: { field: 'url', lang: 'en' },
  'profile url': { field: 'url', lang: 'en' },
  'email address': { field: 'email', lang: 'en' },
  company: { field: 'company', lang: 'en' },
  position: { field: 'position', lang: 'en' },
  'connected on': { field: 'connectedOn', lang: 'en' },
  vorname: { field: 'firstName', lang: 'de' },
  nachname: { field: 'lastName', lang: 'de' },
  'e-mail-adresse': { field: 'email', lang: 'de' },
  'e-mail adresse': { field: 'email', lang: 'de' },
  unternehmen: { field: 'company', lang: 'de' },
  'verbunden am': { field: 'connectedOn', lang: 'de' },
};

const COLUMN_NAMES: Record<'en' | 'de', Record<Field, string>> = {
  en: {
    firstName: 'First Name',
    lastName: 'Last Name',
    url: 'URL',
    email: 'Email Address',
    company: 'Company',
    position: 'Position',
    connectedOn: 'Connected On',
  },
  de: {
    firstName: 'Vorname',
    lastName: 'Nachname',
    url: 'URL',
    email: 'E-Mail-Adresse',
    company: 'Unternehmen',
    position: 'Position',
    connectedOn: 'Verbunden am',
  },
};

const REQUIRED: readonly Field[] = ['firstName', 'lastName'];
/** A line naming at least this many known columns is taken as the header (then missing ones are reported). */
const MIN_KNOWN_COLUMNS = 3;
/** The header comes after a short preamble; give up early on files that are something else. */
const MAX_RECORDS_BEFORE_HEADER = 20;
const ACCEPTED_TYPES = new Set(['text/csv', 'application/csv', 'text/comma-separated-values', 'application/vnd.ms-excel', 'text/plain', '']);

/** Before reading a picked file: wrong type, the whole ZIP, empty, or over the size limit. */
export function checkImportFile(file: { name: string; size: number; type: string }): ImportProblem | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.zip') || file.type === 'application/zip' || file.type === 'application/x-zip-compressed') {
    return { code: 'zip-archive', name: file.name };
  }
  // Windows reports .csv as application/vnd.ms-excel when Excel is installed; some systems send no type.
  if (!name.endsWith('.csv') && !(file.type === 'text/csv' || file.type === 'application/csv')) {
    return { code: 'wrong-file-type', name: file.name, type: file.type };
  }
  if (!ACCEPTED_TYPES.has(file.type)) return { code: 'wrong-file-type', name: file.name, type: file.type };
  if (file.size === 0) return { code: 'empty-file' };
  if (file.size > MAX_IMPORT_BYTES) return { code: 'file-too-large', size: file.size, limit: MAX_IMPORT_BYTES };
  return null;
}

/** Cheap signs that the text is not comma-separated text at all (binary, ZIP, JSON, HTML/XML). */
function looksLikeNonCsv(text: string): boolean {
  const head = text.slice(0, 4096);
  if (head.includes('\u0000') || head.startsWith('PK\u0003\u0004')) return true;
  const replacementChars = head.split('\uFFFD').length - 1;
  if (replacementChars > 8) return true; // binary decoded as UTF-8
  const first = head.trimStart()[0];
  return first === '{' || first === '[' || first === '<';
}

interface Header {
  columns: Partial<Record<Field, number>>;
  width: number;
  language: 'en' | 'de';
}

function readHeader(cells: string[]): Header | null {
  const columns: Partial<Record<Field, number>> = {};
  let en = 0;
  let de = 0;
  cells.forEach((cell, index) => {
    const alias = HEADER_ALIASES[cell.trim().toLowerCase()];
    if (!alias || columns[alias.field] !== undefined) return;
    columns[alias.field] = index;
    if (alias.lang === 'en') en++;
    else de++;
  });
  if (Object.keys(columns).length < MIN_KNOWN_COLUMNS) return null;
  return { columns, width: cells.length, language: de > en ? 'de' : 'en' };
}

function cell(row: string[], header: Header, field: Field): string {
  const index = header.columns[field];
  return index === undefined ? '' : (row[index] ?? '').trim();
}

const orNull = (value: string): string | null => (value === '' ? null : value);

/** Counts line breaks incrementally so each record gets the line it starts on. */
class LineCounter {
  private offset = 0;
  private line = 1;
  constructor(private readonly text: string) {}
  lineAt(offset: number): number {
    for (let i = this.offset; i < offset; i++) if (this.text.charCodeAt(i) === 10) this.line++;
    this.offset = Math.max(this.offset, offset);
    return this.line;
  }
}

type Attempt = { kind: 'no-header' } | { kind: 'done'; result: ConnectionsParseResult };

function parseWithDelimiter(
  text: string,
  delimiter: string,
  canonicalise: Canonicalise,
): Attempt {
  const lines = new LineCounter(text);
  // Assigned inside the step callback; an object so TypeScript does not narrow them to their initial null.
  const state: { header: Header | null; fatal: ImportProblem | null } = { header: null, fatal: null };
  let recordsSeen = 0;
  let rowStart = 0;
  const rows: ImportedConnection[] = [];
  const byKey = new Map<string, ImportedConnection>();
  const skipped: SkippedRow[] = [];
  const duplicates: DuplicateRow[] = [];
  const errors: ImportWarning[] = [];
  let unreadableDates = 0;
  let firstUnreadableDateLine = 0;
  let dataRecords = 0;
  // Many connections share a day: each date text is read once.
  const readDates = new Map<string, string | null>();

  const step = (result: ParseStepResult<string[]>, parser: Parser): void => {
    const record = result.data;
    const line = lines.lineAt(rowStart);
    rowStart = result.meta.cursor;
    recordsSeen++;
    for (const error of result.errors) {
      if (error.code === 'MissingQuotes') errors.push({ code: 'unterminated-quote', line });
    }
    if (record.every((value) => value.trim() === '')) return; // blank line

    const header = state.header;
    if (!header) {
      const found = readHeader(record);
      state.header = found;
      if (found) {
        const missing = REQUIRED.filter((field) => found.columns[field] === undefined);
        if (missing.length > 0) {
          state.fatal = { code: 'missing-columns', missing: missing.map((field) => COLUMN_NAMES[found.language][field]) };
          parser.abort();
        } else if (found.columns.url === undefined) {
          errors.push({ code: 'no-url-column' });
        }
      } else if (recordsSeen >= MAX_RECORDS_BEFORE_HEADER) {
        parser.abort();
      }
      return;
    }

    dataRecords++;
    // A different number of fields means shifted columns: the URL cell could belong to someone else.
    const extra = record.slice(header.width);
    if (record.length < header.width || extra.some((value) => value.trim() !== '')) {
      skipped.push({ line, reason: 'malformed-row' });
      return;
    }
    const rawUrl = cell(record, header, 'url');
    if (rawUrl === '') {
      skipped.push({ line, reason: 'no-profile-url' });
      return;
    }
    let location: ReturnType<Canonicalise> = null;
    try {
      location = canonicalise(rawUrl);
    } catch {
      location = null; // a throwing canonicaliser must not abort the whole import
    }
    if (!location) {
      skipped.push({ line, reason: 'not-a-profile-url' });
      return;
    }
    const name = [cell(record, header, 'firstName'), cell(record, header, 'lastName')]
      .filter((part) => part !== '')
      .join(' ');
    if (name === '') {
      skipped.push({ line, reason: 'no-name' });
      return;
    }
    const dateText = cell(record, header, 'connectedOn');
    let connectedOn = readDates.get(dateText);
    if (connectedOn === undefined) {
      connectedOn = parseConnectedOn(dateText);
      readDates.set(dateText, connectedOn);
    }
    if (dateText !== '' && connectedOn === null) {
      if (unreadableDates === 0) firstUnreadableDateLine = line;
      unreadableDates++;
    }
    const row: ImportedConnection = {
      key: location.key,
      url: location.url,
      platform: location.platform,
      name,
      // Text is kept exactly as written (HTML included): the UI renders it as text, never as markup.
      company: orNull(cell(record, header, 'company')),
      position: orNull(cell(record, header, 'position')),
      connectedOn,
      line,
    };
    const first = byKey.get(row.key);
    if (first) {
      duplicates.push({ line, firstLine: first.line, key: row.key });
      // The first row wins; a later one may only fill what the first left empty.
      first.company ??= row.company;
      first.position ??= row.position;
      first.connectedOn ??= row.connectedOn;
      return;
    }
    byKey.set(row.key, row);
    rows.push(row);
  };

  // `newline` given: the text is normalised to `\n` already, so papaparse need not guess (a scan of the text).
  Papa.parse<string[]>(text, { delimiter, newline: '\n', header: false, skipEmptyLines: false, step });

  if (state.fatal) return { kind: 'done', result: { ok: false, problem: state.fatal } };
  const found = state.header;
  if (!found) return { kind: 'no-header' };
  if (dataRecords === 0) return { kind: 'done', result: { ok: false, problem: { code: 'no-rows' } } };
  if (unreadableDates > 0) {
    errors.push({ code: 'unreadable-dates', count: unreadableDates, firstLine: firstUnreadableDateLine });
  }
  return { kind: 'done', result: { ok: true, rows, skipped, duplicates, errors, language: found.language } };
}

/**
 * Parse the text of Connections.csv. Never throws for bad input: a file that cannot be imported comes back as
 * `{ ok: false, problem }`; rows that cannot be used are listed in `skipped` with the line they start on.
 */
export function parseConnectionsCsv(
  text: string,
  canonicalise: Canonicalise,
): ConnectionsParseResult {
  if (exceedsBytes(text, MAX_IMPORT_BYTES)) {
    return { ok: false, problem: { code: 'file-too-large', size: utf8ByteLength(text), limit: MAX_IMPORT_BYTES } };
  }
  // BOM off and one kind of line break, so offsets map to lines and `\r` never ends up inside a field.
  const normalised = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  if (normalised.trim() === '') return { ok: false, problem: { code: 'empty-file' } };
  if (looksLikeNonCsv(normalised)) return { ok: false, problem: { code: 'not-csv' } };
  // LinkedIn writes commas; a file re-saved by a German Excel uses semicolons.
  for (const delimiter of [',', ';', '\t']) {
    const attempt = parseWithDelimiter(normalised, delimiter, canonicalise);
    if (attempt.kind === 'done') return attempt.result;
  }
  return { ok: false, problem: { code: 'no-header' } };
}
