/**
 * Imported connections → contacts, merged by canonical key.
 *
 * Merge rule: a key not saved yet becomes a new contact (status `idea`, source `import`); its "imported" timeline
 * event is derived from that (timeline-service), not stored, which halves what a large import writes. A key already saved keeps everything the user made — skills, status, direction, follow-up,
 * notes (timeline), headline, profile snapshot — and the CSV only fills name, company, role and "connected on"
 * where the contact has none: the user's own edits and fresher profile data always beat an old export.
 */
import { ContactSchema, ImportedContactFieldsSchema } from '../schemas/contact';
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

/** What one slice of rows adds and updates (see ImportPlanner). */
export interface PlanPart {
  toAdd: Contact[];
  toUpdate: Contact[];
}

/**
 * Pure, row by row: the same decisions as planConnectionsImport, handed out in slices so a caller can write
 * one slice while the next is being checked. `plan()` is the whole plan of every slice so far.
 */
export class ImportPlanner {
  private readonly lookup: (key: string) => Contact | undefined;
  private readonly seen = new Set<string>();
  private readonly result: ImportPlan;

  constructor(
    existing: ContactLookup,
    private readonly now: number,
    skipped: readonly SkippedRow[] = [],
    duplicates = 0,
  ) {
    this.lookup = typeof existing === 'function' ? existing : (key: string) => existing.get(key);
    this.result = {
      toAdd: [],
      toUpdate: [],
      skipped: [...skipped],
      summary: { added: 0, updated: 0, unchanged: 0, skipped: 0, duplicates },
    };
  }

  next(rows: readonly ImportedConnection[]): PlanPart {
    const part: PlanPart = { toAdd: [], toUpdate: [] };
    const { summary, skipped } = this.result;
    for (const row of rows) {
      // Rows straight from parseConnectionsCsv are unique already; other callers may pass repeats.
      if (this.seen.has(row.key)) {
        summary.duplicates++;
        continue;
      }
      this.seen.add(row.key);
      const current = this.lookup(row.key);
      if (current) {
        const merged = mergedContact(current, row, this.now);
        if (!merged) summary.unchanged++;
        else if (!ContactSchema.safeParse(merged).success) skipped.push({ line: row.line, reason: 'invalid-contact' });
        else part.toUpdate.push(merged);
        continue;
      }
      const contact = newContact(row, this.now);
      // Validated like every write: a canonicaliser returning a bad URL must not put a broken contact in the DB.
      // Only the fields the row filled need checking (the rest are constants, checked by the unit tests).
      if (!ImportedContactFieldsSchema.safeParse(contact).success) skipped.push({ line: row.line, reason: 'invalid-contact' });
      else part.toAdd.push(contact);
    }
    for (const contact of part.toAdd) this.result.toAdd.push(contact);
    for (const contact of part.toUpdate) this.result.toUpdate.push(contact);
    return part;
  }

  plan(): ImportPlan {
    const { result } = this;
    result.summary.added = result.toAdd.length;
    result.summary.updated = result.toUpdate.length;
    result.summary.skipped = result.skipped.length;
    return result;
  }
}

function plannerFor(existing: ContactLookup, input: PlanInput, now: number): ImportPlanner {
  if (isRowList(input)) return new ImportPlanner(existing, now);
  return new ImportPlanner(existing, now, input.skipped, input.duplicates?.length ?? 0);
}

/** Pure: decides what an import would do, without touching the database. */
export function planConnectionsImport(
  existing: ContactLookup,
  input: PlanInput,
  now: number,
): ImportPlan {
  const planner = plannerFor(existing, input, now);
  planner.next(isRowList(input) ? input : input.rows);
  return planner.plan();
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
 * Rows checked and written per slice. The database works on one slice's writes (in the browser's storage
 * process) while this thread checks the next, instead of idling through the whole plan first.
 */
const WRITE_SLICE = 500;
/** Slices handed to the database and not yet written, at most: enough to keep it busy. */
const SLICES_IN_FLIGHT = 3;

/**
 * The one import transaction: reads the contacts the rows name, plans, and writes, all in ONE read-write
 * transaction, so the plan cannot go stale and any failure leaves the database exactly as it was. A slice is
 * issued before the ones before it are written (the pending writes keep the transaction open); a failed write
 * fails the transaction, and with it every slice. `onWritten` hears how many rows are written, slice by slice.
 */
export async function importRows(
  db: MentorRadarDb,
  input: PlanInput,
  now: number,
  onWritten?: (done: number, total: number) => void,
): Promise<ImportPlan> {
  return db.transaction('rw', db.contacts, async () => {
    const rows = isRowList(input) ? input : input.rows;
    const existing = await loadExistingContacts(db, rows.map((row) => row.key));
    const planner = plannerFor(existing, input, now);
    const writes: Promise<unknown>[] = [];
    const write = (pending: Promise<unknown>) => {
      pending.catch(() => undefined); // awaited below; a failure aborts the transaction either way
      writes.push(pending);
    };
    for (let start = 0; start < rows.length; start += WRITE_SLICE) {
      const end = Math.min(start + WRITE_SLICE, rows.length);
      const part = planner.next(rows.slice(start, end));
      const slice: Promise<unknown>[] = [];
      if (part.toAdd.length > 0) slice.push(db.contacts.bulkAdd(part.toAdd));
      if (part.toUpdate.length > 0) slice.push(db.contacts.bulkPut(part.toUpdate));
      write(Promise.all(slice).then(() => onWritten?.(end, rows.length)));
      // Waiting for the oldest slices lets the event loop turn between slices (Firefox's keep-awake pings are
      // handled; one long task of 25,000 rows outlasted its idle timeout) while the newest are still written.
      while (writes.length > SLICES_IN_FLIGHT) await writes.shift();
    }
    await Promise.all(writes);
    return planner.plan();
  });
}
