/**
 * Imported connections → contacts, merged by canonical key.
 *
 * Merge rule: a key not saved yet becomes a new contact (status `idea`, source `import`); its "imported" timeline
 * event is derived from that (timeline-service), not stored, which halves what a large import writes. A key already saved keeps everything the user made — skills, status, direction, follow-up,
 * notes (timeline), headline, profile snapshot — and the CSV only fills name, company, role and "connected on"
 * where the contact has none: the user's own edits and fresher profile data always beat an old export.
 */
import { ContactSchema } from '../schemas/contact';
import type { Contact } from '../schemas/contact';
import type { MentorRadarDb } from '../db/database';
import type { DuplicateRow, ImportedConnection, SkippedRow } from './connections-csv';

/** Saved contacts by key: a Map, or a function when the caller has its own index. */
export type ContactLookup = ReadonlyMap<string, Contact> | ((key: string) => Contact | undefined);

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
  duplicates: number;
}

export interface ImportPlan {
  toAdd: Contact[];
  toUpdate: Contact[];
  skipped: SkippedRow[];
  summary: ImportSummary;
}

/** Parsed rows alone, or the whole successful parse result (then its skipped rows and duplicates are counted). */
export type PlanInput =
  | readonly ImportedConnection[]
  | { rows: readonly ImportedConnection[]; skipped?: readonly SkippedRow[]; duplicates?: readonly DuplicateRow[] };


const isRowList = (input: PlanInput): input is readonly ImportedConnection[] => Array.isArray(input);

const isBlank = (value: string | null): boolean => value === null || value.trim() === '';

function newContact(row: ImportedConnection, now: number): Contact {
  return {
    key: row.key,
    platform: row.platform,
    url: row.url,
    name: row.name,
    headline: null,
    location: null,
    currentRole: row.position,
    currentCompany: row.company,
    careerStartYear: null,
    profile: null,
    teachSkills: [],
    learnSkills: [],
    status: 'idea',
    direction: null,
    followUpAt: null,
    goals: [],
    cadenceWeeks: 0,
    statusChangedAt: now,
    createdAt: now,
    updatedAt: now,
    source: 'import',
    connectedOn: row.connectedOn,
  };
}

/** The existing contact with empty fields filled from the row, or null when the row adds nothing. */
function mergedContact(existing: Contact, row: ImportedConnection, now: number): Contact | null {
  const next: Contact = { ...existing };
  let changed = false;
  if (isBlank(existing.name) && row.name !== '') {
    next.name = row.name;
    changed = true;
  }
  if (isBlank(existing.currentCompany) && row.company !== null) {
    next.currentCompany = row.company;
    changed = true;
  }
  if (isBlank(existing.currentRole) && row.position !== null) {
    next.currentRole = row.position;
    changed = true;
  }
  if (isBlank(existing.connectedOn) && row.connectedOn !== null) {
    next.connectedOn = row.connectedOn;
    changed = true;
  }
  if (!changed) return null;
  next.updatedAt = Math.max(now, existing.updatedAt);
  return next;
}

/** Pure: decides what an import would do, without touching the database. */
export function planConnectionsImport(
  existing: ContactLookup,
  input: PlanInput,
  now: number,
): ImportPlan {
  const lookup = typeof existing === 'function' ? existing : (key: string) => existing.get(key);
  const { rows, skipped = [], duplicates = [] } = isRowList(input) ? { rows: input, skipped: [], duplicates: [] } : input;

  const plan: ImportPlan = {
    toAdd: [],
    toUpdate: [],
    skipped: [...skipped],
    summary: { added: 0, updated: 0, unchanged: 0, skipped: 0, duplicates: duplicates.length },
  };
  const seen = new Set<string>();
  for (const row of rows) {
    // Rows straight from parseConnectionsCsv are unique already; other callers may pass repeats.
    if (seen.has(row.key)) {
      plan.summary.duplicates++;
      continue;
    }
    seen.add(row.key);
    const current = lookup(row.key);
    if (current) {
      const merged = mergedContact(current, row, now);
      if (!merged) {
        plan.summary.unchanged++;
      } else if (!ContactSchema.safeParse(merged).success) {
        plan.skipped.push({ line: row.line, reason: 'invalid-contact' });
      } else {
        plan.toUpdate.push(merged);
      }
      continue;
    }
    const contact = newContact(row, now);
    // Validated like every write: a canonicaliser returning a bad URL must not put a broken contact in the DB.
    if (!ContactSchema.safeParse(contact).success) {
      plan.skipped.push({ line: row.line, reason: 'invalid-contact' });
      continue;
    }
    plan.toAdd.push(contact);
  }
  plan.summary.added = plan.toAdd.length;
  plan.summary.updated = plan.toUpdate.length;
  plan.summary.skipped = plan.skipped.length;
  return plan;
}

/** Keys of all saved contacts: a key-only cursor, far cheaper than reading records (bulkGet of 10k misses ≈ 250 ms). */
async function savedKeys(db: MentorRadarDb): Promise<Set<string>> {
  return new Set(await db.contacts.toCollection().primaryKeys());
}

/** Saved contacts for the given keys, as the lookup planConnectionsImport takes. Reads only the ones that exist. */
async function loadExistingContacts(db: MentorRadarDb, keys: readonly string[]): Promise<Map<string, Contact>> {
  const saved = await savedKeys(db);
  const found = await db.contacts.bulkGet(keys.filter((key) => saved.has(key)));
  const map = new Map<string, Contact>();
  for (const contact of found) if (contact) map.set(contact.key, contact);
  return map;
}

/**
 * The one import transaction: reads the contacts the rows name, plans, and writes, all in ONE read-write
 * transaction, so the plan cannot go stale and any failure leaves the database exactly as it was.
 */
export async function importRows(db: MentorRadarDb, input: PlanInput, now: number): Promise<ImportPlan> {
  const rows = isRowList(input) ? input : input.rows;
  return db.transaction('rw', db.contacts, async () => {
    const existing = await loadExistingContacts(db, rows.map((row) => row.key));
    const plan = planConnectionsImport(existing, input, now);
    await db.contacts.bulkAdd(plan.toAdd);
    await db.contacts.bulkPut(plan.toUpdate);
    return plan;
  });
}
