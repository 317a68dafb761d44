/**
 * Placeholders a template body may use, written `{name}`. Values are cleaned (whitespace collapsed)
 * and inserted literally – a value that itself contains `{…}` is never expanded again.
 */
export const PLACEHOLDER_DOCS = {
  firstName: 'Their first name (academic titles such as "Dr." skipped).',
  fullName: 'Their name as shown on the profile.',
  role: 'Their current role, else the first part of their headline.',
  company: 'Their current company.',
  headline: 'Their profile headline.',
  theyTeach: 'Skills they could teach me, as a natural list ("A, B and C" / "A, B und C").',
  iTeach: 'Skills I could teach them, as a natural list.',
  myName: 'My name from the settings.',
  myFirstName: 'My first name.',
} as const;

export type PlaceholderName = keyof typeof PLACEHOLDER_DOCS;

export const PLACEHOLDERS = Object.keys(PLACEHOLDER_DOCS) as PlaceholderName[];

const KNOWN = new Set<string>(PLACEHOLDERS);

export function isPlaceholderName(name: string): name is PlaceholderName {
  return KNOWN.has(name);
}

export type PlaceholderValues = Record<PlaceholderName, string>;
