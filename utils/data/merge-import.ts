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
import type { Canonicalise, DuplicateRow, ImportedConnection, ParseOptions, SkippedRow } from './connections-csv';
import { parseConnectionsCsv } from './connections-csv';
import type { ImportProblem, ImportWarning } from './problems';

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
  /** `updatedAt` of each contact in `toUpdate` when planned: applying refuses if one changed meanwhile. */
  basis: Record<string, number>;
  skipped: SkippedRow[];
  summary: ImportSummary;
}

/** Parsed rows alone, or the whole successful parse result (then its skipped rows and duplicates are counted). */
export type PlanInput =
  | readonly ImportedConnection[]
  | { rows: readonly ImportedConnection[]; skipped?: readonly SkippedRow[]; duplicates?: readonly DuplicateRow[] };


/** Thrown by applyConnectionsImport when the database changed after planning; nothing was written. */
export class StaleImportPlanError extends Error {
  constructor(readonly key: string) {
    super(`Contact ${key} changed after the import was planned; plan again.`);
    this.name = 'StaleImportPlanError';
  }
}

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
    basis: {},
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
        plan.basis[row.key] = current.updatedAt;
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
export async function loadExistingContacts(db: MentorRadarDb, keys: readonly string[]): Promise<Map<string, Contact>> {
  const saved = await savedKeys(db);
  const found = await db.contacts.bulkGet(keys.filter((key) => saved.has(key)));
  const map = new Map<string, Contact>();
  for (const contact of found) if (contact) map.set(contact.key, contact);
  return map;
}

/**
 * Writes a plan in ONE read-write transaction: any failure (or a contact changed since planning, which throws
 * StaleImportPlanError) rolls everything back, so the database is either fully imported or untouched.
 */
export async function applyConnectionsImport(db: MentorRadarDb, plan: ImportPlan): Promise<ImportSummary> {
  await db.transaction('rw', db.contacts, async () => {
    const saved = await savedKeys(db);
    const addedMeanwhile = plan.toAdd.find((contact) => saved.has(contact.key));
    if (addedMeanwhile) throw new StaleImportPlanError(addedMeanwhile.key);
    const updateKeys = plan.toUpdate.map((contact) => contact.key);
    const current = await db.contacts.bulkGet(updateKeys);
    current.forEach((contact, index) => {
      const key = updateKeys[index]!;
      if (!contact || contact.updatedAt !== plan.basis[key]) throw new StaleImportPlanError(key);
    });
    await db.contacts.bulkAdd(plan.toAdd);
    await db.contacts.bulkPut(plan.toUpdate);
  });
  return plan.summary;
}

export interface ImportRun {
  ok: true;
  summary: ImportSummary;
  skipped: SkippedRow[];
  warnings: ImportWarning[];
  /** Milliseconds per phase, for the benchmark. */
  timings: { parseMs: number; planMs: number; applyMs: number };
}

/**
 * Parse + plan + apply in one go (no preview step): what the benchmark measures and what a "just import"
 * button needs. Loading, planning and writing share one transaction, so a plan can never go stale.
 */
export async function importConnectionsCsv(
  db: MentorRadarDb,
  text: string,
  canonicalise: Canonicalise,
  options: ParseOptions & { now?: number } = {},
): Promise<ImportRun | { ok: false; problem: ImportProblem }> {
  const now = options.now ?? Date.now();
  const t0 = performance.now();
  const parsed = parseConnectionsCsv(text, canonicalise, options);
  const t1 = performance.now();
  if (!parsed.ok) return parsed;
  let planMs = 0;
  const plan = await db.transaction('rw', db.contacts, async () => {
    const existing = await loadExistingContacts(db, parsed.rows.map((row) => row.key));
    const p0 = performance.now();
    const planned = planConnectionsImport(existing, parsed, now);
    planMs = performance.now() - p0;
    await applyConnectionsImport(db, planned);
    return planned;
  });
  const t2 = performance.now();
  return {
    ok: true,
    summary: plan.summary,
    skipped: plan.skipped,
    warnings: parsed.errors,
    timings: { parseMs: t1 - t0, planMs, applyMs: t2 - t1 - planMs },
  };
}
