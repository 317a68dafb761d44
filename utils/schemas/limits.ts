/**
 * Upper bounds for everything stored. Pages, CSV files and backup files are written by others: without a
 * bound one record (a 12 MB About section, a megabyte name, `updatedAt: Number.MAX_SAFE_INTEGER`) can stall
 * every view that lists it or break the features that format it. Real profiles stay far below these
 * (LinkedIn: headline 220, About 2,600 characters).
 */
export const LIMITS = {
  /** Canonical keys and URLs: a slug is at most ~100 characters; room for percent-encoding. */
  key: 300,
  url: 1_000,
  name: 300,
  /** Headline, role, company, location, school, degree, a skill label. */
  shortText: 1_000,
  /** The About section. */
  about: 20_000,
  /** Date lines and year-month strings as shown on a page. */
  dateText: 200,
  skills: 300,
  experience: 150,
  education: 60,
  /** Tags (skill ids) per contact and side. */
  tags: 200,
  skillId: 200,
  /** Notes: long notes are fine; a runaway paste of megabytes is not. */
  noteText: 100_000,
  /** A template body. */
  templateBody: 20_000,
} as const;

/**
 * Latest instant any stored timestamp may name. `new Date(x)` stays valid far beyond it, so formatting a
 * stored date can never throw ("Invalid time value"), and a follow-up can still be set decades ahead.
 */
export const MAX_EPOCH_MS = Date.UTC(2200, 0, 1);

/**
 * How far in the future a record's own "created/updated/changed" time may lie when it arrives from a file:
 * another device's clock may run a little ahead; a later time is a broken or planted record, which would
 * otherwise win every merge.
 */
export const MAX_CLOCK_SKEW_MS = 60 * 60 * 1000;

/** Cuts a string to `max` UTF-16 units without splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}
