/**
 * Problems of "own your data" as codes + params, so the UI can react to a code and tests can check it,
 * and English/German human text built from them in one place.
 */

export type MessageLanguage = 'en' | 'de';

/** A Connections.csv (or the chosen file) that cannot be imported at all. */
export type ImportProblem =
  | { code: 'empty-file' }
  | { code: 'file-too-large'; size: number; limit: number }
  | { code: 'wrong-file-type'; name: string; type: string }
  /** The whole LinkedIn archive (.zip) was picked instead of Connections.csv inside it. */
  | { code: 'zip-archive'; name: string }
  /** Binary, JSON, HTML… anything that is not comma-separated text. */
  | { code: 'not-csv' }
  /** CSV, but no line looks like the Connections.csv header. */
  | { code: 'no-header' }
  /** A header was found but lacks columns we cannot do without. */
  | { code: 'missing-columns'; missing: string[] }
  /** The header is there but not a single connection follows it. */
  | { code: 'no-rows' }
  /** More rows than one import may carry (LinkedIn itself caps a network at 30,000 connections). */
  | { code: 'too-many-rows'; rows: number; limit: number };

/** Something worth telling about a file that was still imported (non-fatal). */
export type ImportWarning =
  /** Older exports have no URL column: no row can be matched to a profile, so all rows are skipped. */
  | { code: 'no-url-column' }
  /** A quote was never closed: everything after `line` was read as one field. */
  | { code: 'unterminated-quote'; line: number }
  /** Some "Connected On" dates could not be read; those contacts are imported without the date. */
  | { code: 'unreadable-dates'; count: number; firstLine: number };

/** Why a single row of Connections.csv was not imported. */
export type SkipReason = 'no-profile-url' | 'not-a-profile-url' | 'no-name' | 'malformed-row' | 'invalid-contact';

export type BackupTable = 'contacts' | 'timeline' | 'customSkills' | 'templates' | 'settings';

/** A backup file that cannot be restored. */
export type BackupProblem =
  | { code: 'empty-file' }
  | { code: 'file-too-large'; size: number; limit: number }
  | { code: 'not-json' }
  /** Valid start, but the text ends early: typically an interrupted download or copy. */
  | { code: 'truncated-json' }
  | { code: 'wrong-format'; found: string | null }
  | { code: 'invalid-version'; found: unknown }
  /** A top-level field other than the tables is missing or wrong (e.g. `exportedAt`). */
  | { code: 'invalid-field'; field: string }
  /** Written by a newer Mentor Radar whose schema this one does not know. */
  | { code: 'newer-version'; version: number; supported: number }
  | { code: 'missing-table'; table: BackupTable }
  | { code: 'invalid-record'; table: BackupTable; index: number; path: string; message: string }
  | { code: 'duplicate-record'; table: BackupTable; index: number; key: string };

/** Why one record of a backup was left out of a restore (the rest is restored). */
export type DropReason = 'invalid' | 'future-time' | 'duplicate' | 'orphan';

export interface DroppedRecord {
  table: BackupTable;
  /** Position in the file's table (0-based). */
  index: number;
  /** The record's key or id when it has a readable one. */
  key: string | null;
  reason: DropReason;
  /** The field that failed (`url`, `updatedAt`, `profile.about`…), and the validator's message. */
  path: string;
  message: string;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

export function describeImportProblem(problem: ImportProblem | ImportWarning, lang: MessageLanguage): string {
  const de = lang === 'de';
  switch (problem.code) {
    case 'empty-file':
      return de ? 'Die Datei ist leer.' : 'The file is empty.';
    case 'file-too-large':
      return de
        ? `Die Datei ist zu groß (${megabytes(problem.size)}; höchstens ${megabytes(problem.limit)}).`
        : `The file is too large (${megabytes(problem.size)}; at most ${megabytes(problem.limit)}).`;
    case 'wrong-file-type':
      return de
        ? `„${problem.name}“ ist keine CSV-Datei. Wählen Sie Connections.csv aus Ihrem LinkedIn-Datenexport.`
        : `“${problem.name}” is not a CSV file. Choose Connections.csv from your LinkedIn data export.`;
    case 'zip-archive':
      return de
        ? `„${problem.name}“ ist das ZIP-Archiv. Entpacken Sie es und wählen Sie die Datei Connections.csv darin.`
        : `“${problem.name}” is the ZIP archive. Unzip it and choose the Connections.csv file inside.`;
    case 'not-csv':
      return de
        ? 'Diese Datei ist keine CSV-Datei (kommagetrennter Text).'
        : 'This file is not a CSV file (comma-separated text).';
    case 'no-header':
      return de
        ? 'Das ist nicht LinkedIns Connections.csv: keine Zeile beginnt mit „First Name,Last Name,URL,…“ bzw. „Vorname,Nachname,URL,…“.'
        : 'This is not LinkedIn’s Connections.csv: no line starts with “First Name,Last Name,URL,…”.';
    case 'missing-columns':
      return de
        ? `Der Datei fehlen Spalten: ${problem.missing.join(', ')}.`
        : `The file is missing columns: ${problem.missing.join(', ')}.`;
    case 'no-rows':
      return de ? 'Die Datei enthält keine Kontakte.' : 'The file contains no connections.';
    case 'too-many-rows':
      return de
        ? `Die Datei hat ${problem.rows.toLocaleString('de-DE')} Kontakte; höchstens ${problem.limit.toLocaleString('de-DE')} lassen sich auf einmal importieren.`
        : `The file has ${problem.rows.toLocaleString('en-US')} connections; at most ${problem.limit.toLocaleString('en-US')} can be imported at once.`;
    case 'no-url-column':
      return de
        ? 'Dieser ältere Export hat keine Spalte „URL“. Ohne Profil-URL lässt sich niemand sicher zuordnen, daher wurde nichts importiert. Fordern Sie bei LinkedIn einen neuen Export an.'
        : 'This older export has no “URL” column. Without a profile URL nobody can be matched reliably, so nothing was imported. Request a new export from LinkedIn.';
    case 'unterminated-quote':
      return de
        ? `Ab Zeile ${problem.line} fehlt ein schließendes Anführungszeichen; der Rest der Datei konnte nicht gelesen werden.`
        : `A closing quote is missing from line ${problem.line}; the rest of the file could not be read.`;
    case 'unreadable-dates':
      return de
        ? `${problem.count} Verbindungsdaten waren unlesbar (erstmals Zeile ${problem.firstLine}); diese Kontakte wurden ohne Datum übernommen.`
        : `${problem.count} “Connected On” dates could not be read (first on line ${problem.firstLine}); those contacts were imported without a date.`;
  }
}

export function describeSkipReason(reason: SkipReason, lang: MessageLanguage): string {
  const de = lang === 'de';
  switch (reason) {
    case 'no-profile-url':
      return de ? 'keine Profil-URL' : 'no profile URL';
    case 'not-a-profile-url':
      return de ? 'URL ist kein LinkedIn- oder XING-Profil' : 'URL is not a LinkedIn or XING profile';
    case 'no-name':
      return de ? 'kein Name' : 'no name';
    case 'malformed-row':
      return de ? 'Zeile hat die falsche Anzahl Felder' : 'row has the wrong number of fields';
    case 'invalid-contact':
      return de ? 'ergibt keinen gültigen Kontakt' : 'does not make a valid contact';
  }
}

const TABLE_NAMES_DE: Record<BackupTable, string> = {
  contacts: 'Kontakte',
  timeline: 'Verlauf',
  customSkills: 'eigene Fähigkeiten',
  templates: 'Vorlagen',
  settings: 'Einstellungen',
};

export function describeBackupProblem(problem: BackupProblem, lang: MessageLanguage): string {
  const de = lang === 'de';
  switch (problem.code) {
    case 'empty-file':
      return de ? 'Die Datei ist leer.' : 'The file is empty.';
    case 'file-too-large':
      return de
        ? `Die Datei ist zu groß (${megabytes(problem.size)}; höchstens ${megabytes(problem.limit)}).`
        : `The file is too large (${megabytes(problem.size)}; at most ${megabytes(problem.limit)}).`;
    case 'not-json':
      return de
        ? 'Das ist keine Mentor-Radar-Sicherung (kein gültiges JSON).'
        : 'This is not a Mentor Radar backup (not valid JSON).';
    case 'truncated-json':
      return de
        ? 'Die Sicherung ist unvollständig (die Datei bricht mitten im Inhalt ab). Nutzen Sie eine vollständige Kopie.'
        : 'The backup is incomplete (the file ends in the middle of its content). Use a complete copy.';
    case 'wrong-format':
      return de
        ? 'Diese JSON-Datei ist keine Mentor-Radar-Sicherung.'
        : 'This JSON file is not a Mentor Radar backup.';
    case 'invalid-version':
      return de
        ? 'Die Sicherung gibt keine gültige Versionsnummer an.'
        : 'The backup does not state a valid version number.';
    case 'invalid-field':
      return de
        ? `Die Sicherung ist beschädigt (Feld „${problem.field}“ fehlt oder ist ungültig).`
        : `The backup is damaged (field “${problem.field}” is missing or invalid).`;
    case 'newer-version':
      return de
        ? `Diese Sicherung stammt von einem neueren Mentor Radar (Format ${problem.version}, hier ${problem.supported}). Aktualisieren Sie zuerst die Erweiterung.`
        : `This backup was made by a newer Mentor Radar (format ${problem.version}, this one reads ${problem.supported}). Update the extension first.`;
    case 'missing-table':
      return de
        ? `Der Sicherung fehlt der Teil „${TABLE_NAMES_DE[problem.table]}“.`
        : `The backup is missing its “${problem.table}” section.`;
    case 'invalid-record':
      return de
        ? `Eintrag ${problem.index + 1} in „${TABLE_NAMES_DE[problem.table]}“ ist ungültig (${problem.path || 'Eintrag'}: ${problem.message}).`
        : `Record ${problem.index + 1} in “${problem.table}” is invalid (${problem.path || 'record'}: ${problem.message}).`;
    case 'duplicate-record':
      return de
        ? `Eintrag ${problem.index + 1} in „${TABLE_NAMES_DE[problem.table]}“ wiederholt den Schlüssel „${problem.key}“.`
        : `Record ${problem.index + 1} in “${problem.table}” repeats the key “${problem.key}”.`;
  }
}

/** One line per left-out record, e.g. “Record 3 in “contacts” (linkedin:x): url — not the canonical profile URL…”. */
export function describeDroppedRecord(record: DroppedRecord, lang: MessageLanguage): string {
  const de = lang === 'de';
  const where = de
    ? `Eintrag ${record.index + 1} in „${TABLE_NAMES_DE[record.table]}“${record.key ? ` (${record.key})` : ''}`
    : `Record ${record.index + 1} in “${record.table}”${record.key ? ` (${record.key})` : ''}`;
  switch (record.reason) {
    case 'future-time':
      return de
        ? `${where}: „${record.path}“ liegt in der Zukunft (falsch gestellte Uhr oder manipulierte Datei).`
        : `${where}: “${record.path}” lies in the future (a wrong clock or a tampered file).`;
    case 'duplicate':
      return de ? `${where}: wiederholt einen Schlüssel.` : `${where}: repeats a key.`;
    case 'orphan':
      return de
        ? `${where}: gehört zu einem Kontakt, der nicht wiederhergestellt wird.`
        : `${where}: belongs to a contact that is not restored.`;
    case 'invalid':
      return de
        ? `${where}: ungültig (${record.path || 'Eintrag'}: ${record.message}).`
        : `${where}: invalid (${record.path || 'record'}: ${record.message}).`;
  }
}
