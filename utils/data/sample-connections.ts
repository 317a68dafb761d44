/**
 * A Connections.csv of invented people in LinkedIn's exact layout, for the import benchmark and load tests.
 * Deterministic: the same count always gives the same text.
 */
import Papa from 'papaparse';

const FIRST = ['Aino', 'Bela', 'Cosima', 'Dragan', 'Elif', 'Fiete', 'Greta', 'Hamza', 'Ilse', 'Jurek', 'Kalle', 'Liv'];
const LAST = ['Ambrosch', 'Bierwirth', 'Czerny', 'Dunkelberg', 'Eschweiler', 'Fahrenkrog', 'Gottschalk', 'Hufnagel'];
const COMPANIES = ['Nordlicht Software', 'Brückner, Haas & Kühn', 'Kranich Logistik', 'Elbwerk Studio', 'Talweg AG'];
const POSITIONS = ['Software Engineer', 'Head of Product', 'Werkstudentin', 'Data Analyst', 'CTO', 'UX Researcher'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const NOTES =
  'When exporting your connection data, you may notice that some of the email addresses are missing. You will only ' +
  'see email addresses for connections who have allowed their connections to see or download their email address.\n' +
  'You can learn more here: https://www.linkedin.com/help/linkedin/answer/261';

export function generateConnectionsCsv(count: number): string {
  const data: string[][] = [];
  for (let i = 0; i < count; i++) {
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
    data.push([
      first,
      last,
      `https://www.linkedin.com/in/${first.toLowerCase()}-${last.toLowerCase()}-${i.toString(16)}`,
      '',
      COMPANIES[i % COMPANIES.length]!,
      POSITIONS[i % POSITIONS.length]!,
      `${(i % 28) + 1} ${MONTHS[i % 12]} ${2010 + (i % 15)}`,
    ]);
  }
  const table = Papa.unparse({
    fields: ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'],
    data,
  });
  return `\uFEFFNotes:\r\n"${NOTES}"\r\n\r\n${table}\r\n`;
}
