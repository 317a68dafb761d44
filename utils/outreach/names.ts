/** Collapse whitespace (line breaks included) and trim; values go into single-line sentences. */
export function cleanValue(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/gu, ' ').trim();
}

// Titles and honorifics that precede a first name on German and English profiles.
const TITLE = /^(dr|prof|professor|dipl|ing|mag|mr|mrs|ms|mx|frau|herr|sir|dame)\.?$|^(dr|prof|dipl)\.[-\p{L}.]*$/iu;

/** The first name: the first word with a letter that is not a title ("Dr. Anna Müller" → "Anna", "🚀 Lena" → "Lena"). */
export function firstNameOf(fullName: string | null | undefined): string {
  const words = cleanValue(fullName).split(' ').filter(Boolean);
  const first = words.find((w) => /\p{L}/u.test(w) && !TITLE.test(w));
  return (first ?? words[0] ?? '').replace(/[,;]+$/u, '');
}

// Separators in roles and headlines: "CEO | Speaker", "Head of Sales @ Acme", "CTO, Founder", "Lead – Growth".
const ROLE_SEPARATOR = /\s*[|·•]\s*|\s+[–—-]\s+|\s+@\s*|,\s+|\s+(?:at|bei)\s+/iu;

/** The first part of a headline or role, before separators such as "|", "@", ",", " – ", " at ". */
export function roleHead(value: string | null | undefined): string {
  const clean = cleanValue(value);
  const head = clean.split(ROLE_SEPARATOR)[0]?.trim() ?? '';
  return head || clean;
}
