import { describe, expect, it } from 'vitest';
import { checkImportFile, parseConnectionsCsv } from '../../utils/data/connections-csv';
import type { ConnectionsParseResult } from '../../utils/data/connections-csv';
import { parseConnectedOn } from '../../utils/data/connected-on';
import { MAX_IMPORT_BYTES } from '../../utils/data/file-size';
import { describeImportProblem, describeSkipReason } from '../../utils/data/problems';
import { fakeCanonicalise, readFixture } from './helpers';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

function ok(result: ConnectionsParseResult) {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.problem)}`);
  return result;
}

describe('parseConnectionsCsv: the real file', () => {
  it('reads the English export: BOM, Notes preamble, CRLF, quoted commas and line breaks, empty emails', () => {
    const result = ok(parseConnectionsCsv(readFixture('Connections.csv'), fakeCanonicalise));
    expect(result.language).toBe('en');
    expect(result.rows.map((row) => [row.line, row.name])).toEqual([
      [6, 'Eleanor Whitcombe'],
      [7, 'Jonas Brandtner'],
      [8, 'Priya Raghunathan'],
      [10, 'Tobias Okonkwo-Lindqvist'],
      [15, 'Hannelore Zimmermann-Ochs'],
      [16, 'Dariusz Wróblewski'],
    ]);
    expect(result.rows[0]).toEqual({
      key: 'linkedin:eleanor-whitcombe-3a91b4',
      url: 'https://www.linkedin.com/in/eleanor-whitcombe-3a91b4/',
      platform: 'linkedin',
      name: 'Eleanor Whitcombe',
      company: 'Fernhill Analytics',
      position: 'Head of Data',
      connectedOn: '2023-03-15',
      line: 6,
    });
    expect(result.rows[1]!.company).toBe('Müller, Schmidt & Partner GmbH');
    // A line break inside quotes is part of the field; CRLF was normalised to LF.
    expect(result.rows[2]!.position).toBe('Staff Engineer,\nPlatform & Tooling');
    expect(result.rows[3]!.position).toBe('Product "Owner"');
    expect(result.rows[4]).toMatchObject({ company: null, position: null, connectedOn: null });
    expect(result.rows[5]!.key).toBe('linkedin:dariusz-wróblewski');
    expect(result.rows[5]!.position).toBe('=HYPERLINK("https://example.invalid","click")');
  });

  it('keeps HTML as plain text, exactly as written', () => {
    const result = ok(parseConnectionsCsv(readFixture('Connections.csv'), fakeCanonicalise));
    expect(result.rows[3]!.company).toBe('<b>Bright</b>Lines <script>alert(1)</script>');
  });

  it('does not keep email addresses (contacts have no email field)', () => {
    const result = ok(parseConnectionsCsv(readFixture('Connections.csv'), fakeCanonicalise));
    expect(JSON.stringify(result.rows)).not.toContain('@example.invalid');
  });

  it('lists skipped rows with the line they start on and a reason', () => {
    const result = ok(parseConnectionsCsv(readFixture('Connections.csv'), fakeCanonicalise));
    expect(result.skipped).toEqual([
      { line: 12, reason: 'no-profile-url' },
      { line: 13, reason: 'not-a-profile-url' },
      { line: 14, reason: 'no-name' },
    ]);
    expect(describeSkipReason('no-profile-url', 'en')).toBe('no profile URL');
    expect(describeSkipReason('no-profile-url', 'de')).toBe('keine Profil-URL');
  });

  it('counts a second row of the same person (another URL form) as a duplicate, keeping one row', () => {
    const result = ok(parseConnectionsCsv(readFixture('Connections.csv'), fakeCanonicalise));
    expect(result.duplicates).toEqual([{ line: 11, firstLine: 6, key: 'linkedin:eleanor-whitcombe-3a91b4' }]);
    expect(result.rows.filter((row) => row.key === 'linkedin:eleanor-whitcombe-3a91b4')).toHaveLength(1);
  });

  it('a duplicate only fills what the first row left empty', () => {
    const text = [
      HEADER,
      'Ada,Lovelace,https://www.linkedin.com/in/ada,,,Engineer,',
      'Ada,Lovelace,https://de.linkedin.com/in/ADA/,,Analytical Engines,Other title,10 Dec 2015',
    ].join('\n');
    const result = ok(parseConnectionsCsv(text, fakeCanonicalise));
    expect(result.rows).toEqual([
      expect.objectContaining({ company: 'Analytical Engines', position: 'Engineer', connectedOn: '2015-12-10' }),
    ]);
    expect(result.duplicates).toHaveLength(1);
  });

  it('warns about dates it cannot read and imports the row without one', () => {
    const result = ok(parseConnectionsCsv(readFixture('Connections.csv'), fakeCanonicalise));
    expect(result.rows[5]!.connectedOn).toBeNull();
    expect(result.errors).toEqual([{ code: 'unreadable-dates', count: 1, firstLine: 16 }]);
    expect(describeImportProblem(result.errors[0]!, 'en')).toContain('line 16');
    expect(describeImportProblem(result.errors[0]!, 'de')).toContain('Zeile 16');
  });

  it('reads the German export: German headers, German month names and dotted dates', () => {
    const result = ok(parseConnectionsCsv(readFixture('Connections-de.csv'), fakeCanonicalise));
    expect(result.language).toBe('de');
    expect(result.rows.map((row) => [row.name, row.company, row.connectedOn])).toEqual([
      ['Annegret Falkenrath', 'Kiebitz Versicherung AG', '2023-03-15'],
      ['Lennart Voskuhl', 'Voskuhl, Brandt & Co. KG', '2022-01-03'],
      ['Svenja Örtel', 'Hafenkante Digital', '2021-10-01'],
      ['Malte Quast', 'Quast & Söhne', '2020-12-24'],
    ]);
    expect(result.rows[2]!.key).toBe('linkedin:svenja-örtel');
    expect(result.errors).toEqual([]);
  });

  it('older export without a URL column: every row skipped ("no profile URL"), never matched by name', () => {
    const result = ok(parseConnectionsCsv(readFixture('Connections-old.csv'), fakeCanonicalise));
    expect(result.rows).toEqual([]);
    expect(result.skipped).toEqual([
      { line: 2, reason: 'no-profile-url' },
      { line: 3, reason: 'no-profile-url' },
    ]);
    expect(result.errors).toEqual([{ code: 'no-url-column' }]);
    expect(describeImportProblem({ code: 'no-url-column' }, 'en')).toMatch(/no “URL” column/);
    expect(describeImportProblem({ code: 'no-url-column' }, 'de')).toMatch(/keine Spalte „URL“/);
  });

  it('reads a file re-saved by a German Excel (semicolons)', () => {
    const text = `${HEADER.replaceAll(',', ';')}\nAda;Lovelace;https://www.linkedin.com/in/ada;;"Engines; Ltd";Engineer;10 Dec 2015\n`;
    const result = ok(parseConnectionsCsv(text, fakeCanonicalise));
    expect(result.rows).toEqual([expect.objectContaining({ key: 'linkedin:ada', company: 'Engines; Ltd' })]);
  });

  it('skips rows with the wrong number of fields (shifted columns could belong to someone else)', () => {
    const text = [HEADER, 'Ada,Lovelace,https://www.linkedin.com/in/ada,,X,Y,10 Dec 2015,extra', 'Bo,Li,https://www.linkedin.com/in/bo'].join('\n');
    const result = ok(parseConnectionsCsv(text, fakeCanonicalise));
    expect(result.rows).toEqual([]);
    expect(result.skipped).toEqual([
      { line: 2, reason: 'malformed-row' },
      { line: 3, reason: 'malformed-row' },
    ]);
  });

  it('tolerates trailing empty fields and blank lines', () => {
    const text = `${HEADER}\n\nAda,Lovelace,https://www.linkedin.com/in/ada,,X,Y,10 Dec 2015,,\n\n`;
    const result = ok(parseConnectionsCsv(text, fakeCanonicalise));
    expect(result.rows).toEqual([expect.objectContaining({ key: 'linkedin:ada', line: 3 })]);
  });

  it('reports an unterminated quote with its line', () => {
    const text = `${HEADER}\nAda,Lovelace,https://www.linkedin.com/in/ada,,X,Y,10 Dec 2015\nBo,Li,https://www.linkedin.com/in/bo,,"Broken,Y,1 Jan 2020\nCy,Do,https://www.linkedin.com/in/cy,,Z,Y,1 Jan 2020\n`;
    const result = ok(parseConnectionsCsv(text, fakeCanonicalise));
    expect(result.rows.map((row) => row.key)).toEqual(['linkedin:ada']);
    expect(result.errors).toContainEqual({ code: 'unterminated-quote', line: 3 });
  });

  it('treats a throwing canonicaliser like one returning null', () => {
    const text = `${HEADER}\nAda,Lovelace,https://www.linkedin.com/in/ada,,X,Y,10 Dec 2015\n`;
    const result = ok(
      parseConnectionsCsv(text, () => {
        throw new Error('boom');
      }),
    );
    expect(result.skipped).toEqual([{ line: 2, reason: 'not-a-profile-url' }]);
  });
});

describe('parseConnectionsCsv: files that cannot be imported', () => {
  const cases: { name: string; text: string; problem: object; en: RegExp; de: RegExp }[] = [
    { name: 'empty', text: '', problem: { code: 'empty-file' }, en: /empty/, de: /leer/ },
    { name: 'only a BOM and blank lines', text: '\uFEFF\r\n\r\n', problem: { code: 'empty-file' }, en: /empty/, de: /leer/ },
    { name: 'JSON', text: '{"format":"mentor-radar-backup"}', problem: { code: 'not-csv' }, en: /not a CSV/, de: /keine CSV/ },
    { name: 'HTML', text: '<!doctype html><p>hi</p>', problem: { code: 'not-csv' }, en: /not a CSV/, de: /keine CSV/ },
    { name: 'binary', text: 'PK\u0003\u0004\u0000\u0000garbage', problem: { code: 'not-csv' }, en: /not a CSV/, de: /keine CSV/ },
    {
      name: 'another LinkedIn CSV (Messages.csv)',
      text: 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT\n1,,A,B,C,D,E,F\n',
      problem: { code: 'no-header' },
      en: /not LinkedIn’s Connections\.csv/,
      de: /nicht LinkedIns Connections\.csv/,
    },
    {
      name: 'header without Last Name',
      text: 'First Name,URL,Company,Position,Connected On\nAda,https://www.linkedin.com/in/ada,X,Y,10 Dec 2015\n',
      problem: { code: 'missing-columns', missing: ['Last Name'] },
      en: /missing columns: Last Name/,
      de: /fehlen Spalten: Last Name/,
    },
    {
      name: 'German header without Vorname',
      text: 'Nachname,URL,Unternehmen,Position,Verbunden am\nX,https://www.linkedin.com/in/x,X,Y,1.1.2020\n',
      problem: { code: 'missing-columns', missing: ['Vorname'] },
      en: /Vorname/,
      de: /Vorname/,
    },
    { name: 'header only', text: `Notes:\n"x"\n\n${HEADER}\n`, problem: { code: 'no-rows' }, en: /no connections/, de: /keine Kontakte/ },
  ];
  for (const testCase of cases) {
    it(`${testCase.name} → ${JSON.stringify(testCase.problem)}`, () => {
      const result = parseConnectionsCsv(testCase.text, fakeCanonicalise);
      expect(result).toEqual({ ok: false, problem: testCase.problem });
      if (result.ok) return;
      expect(describeImportProblem(result.problem, 'en')).toMatch(testCase.en);
      expect(describeImportProblem(result.problem, 'de')).toMatch(testCase.de);
    });
  }

  it('text over 50 MB → file-too-large, before parsing', () => {
    const text = 'x'.repeat(MAX_IMPORT_BYTES + 1);
    const result = parseConnectionsCsv(text, fakeCanonicalise);
    expect(result).toEqual({ ok: false, problem: { code: 'file-too-large', size: MAX_IMPORT_BYTES + 1, limit: MAX_IMPORT_BYTES } });
    if (result.ok) return;
    expect(describeImportProblem(result.problem, 'en')).toBe('The file is too large (50 MB; at most 50 MB).');
  });

  it('counts bytes, not characters: 20 M umlauts are 40 MB… and 30 M are 60 MB', () => {
    expect(parseConnectionsCsv('ä'.repeat(20 * 1024 * 1024), fakeCanonicalise)).toMatchObject({ problem: { code: 'no-header' } });
    expect(parseConnectionsCsv('ä'.repeat(30 * 1024 * 1024), fakeCanonicalise)).toMatchObject({ problem: { code: 'file-too-large' } });
  });
});

describe('checkImportFile', () => {
  it('accepts Connections.csv with the types browsers report', () => {
    for (const type of ['text/csv', 'application/vnd.ms-excel', '']) {
      expect(checkImportFile({ name: 'Connections.csv', size: 1234, type })).toBeNull();
    }
  });

  it('refuses the ZIP archive with a hint to unzip', () => {
    const problem = checkImportFile({ name: 'Basic_LinkedInDataExport_01-15-2025.zip', size: 999, type: 'application/zip' });
    expect(problem).toEqual({ code: 'zip-archive', name: 'Basic_LinkedInDataExport_01-15-2025.zip' });
    expect(describeImportProblem(problem!, 'en')).toMatch(/Unzip it/);
    expect(describeImportProblem(problem!, 'de')).toMatch(/Entpacken/);
  });

  it('refuses other file types', () => {
    const problem = checkImportFile({ name: 'Connections.xlsx', size: 999, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    expect(problem).toMatchObject({ code: 'wrong-file-type', name: 'Connections.xlsx' });
    expect(describeImportProblem(problem!, 'en')).toBe('“Connections.xlsx” is not a CSV file. Choose Connections.csv from your LinkedIn data export.');
    expect(checkImportFile({ name: 'photo.csv', size: 10, type: 'image/png' })).toMatchObject({ code: 'wrong-file-type' });
  });

  it('refuses empty and too-large files before reading them', () => {
    expect(checkImportFile({ name: 'Connections.csv', size: 0, type: 'text/csv' })).toEqual({ code: 'empty-file' });
    expect(checkImportFile({ name: 'Connections.csv', size: 60 * 1024 * 1024, type: 'text/csv' })).toEqual({
      code: 'file-too-large',
      size: 60 * 1024 * 1024,
      limit: MAX_IMPORT_BYTES,
    });
    expect(describeImportProblem({ code: 'file-too-large', size: 60 * 1024 * 1024, limit: MAX_IMPORT_BYTES }, 'de')).toBe(
      'Die Datei ist zu groß (60 MB; höchstens 50 MB).',
    );
  });
});

describe('parseConnectedOn', () => {
  it.each([
    ['15 Mar 2023', '2023-03-15'],
    ['01 Jan 2024', '2024-01-01'],
    ['9 Sep 2019', '2019-09-09'],
    ['15 März 2023', '2023-03-15'],
    ['15. März 2023', '2023-03-15'],
    ['15 Mrz. 2023', '2023-03-15'],
    ['1 Okt 2021', '2021-10-01'],
    ['24 Dez. 2020', '2020-12-24'],
    ['3 Mai 2022', '2022-05-03'],
    ['15.03.2023', '2023-03-15'],
    ['1.3.2023', '2023-03-01'],
    ['Mar 15, 2023', '2023-03-15'],
    ['2023-03-15', '2023-03-15'],
    ['29 Feb 2024', '2024-02-29'],
  ])('%s → %s', (text, iso) => {
    expect(parseConnectedOn(text)).toBe(iso);
  });

  it.each(['', '  ', '29 Feb 2023', '31 Apr 2020', '15 Foo 2023', '03/04/2023', '32.01.2020', 'sometime in 2017'])(
    '%j → null',
    (text) => {
      expect(parseConnectedOn(text)).toBeNull();
    },
  );
});
