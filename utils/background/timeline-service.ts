import { TimelineEntrySchema, type Contact, type TimelineEntry } from '../schemas/contact';
import type { Profile } from '../schemas/profile';
import type { MentorRadarDb } from '../db/database';
import { findOrCreate } from './contacts-service';
import { DeletedNotesSchema, MAX_TOMBSTONES, type DeletedNote } from '../schemas/settings';

const TOMBSTONES_KEY = 'deletedNotes';

/** Deleted notes' ids: a merge-restore of an older backup must not bring them back (utils/data/merge-rules.ts). */
async function readTombstones(db: MentorRadarDb): Promise<DeletedNote[]> {
  const parsed = DeletedNotesSchema.safeParse((await db.settings.get(TOMBSTONES_KEY))?.value);
  return parsed.success ? parsed.data : [];
}

async function writeTombstones(db: MentorRadarDb, tombstones: DeletedNote[]): Promise<void> {
  await db.settings.put({ key: TOMBSTONES_KEY, value: tombstones.slice(0, MAX_TOMBSTONES) });
}
import { followUpAfterInteraction } from '../journey/cadence';

/**
 * Newest first. Entries of the same millisecond (noting someone saves them first) keep the story's order:
 * the "saved" event is the oldest of them. Ties otherwise keep the incoming order (stable sort).
 */
export function orderTimeline(entries: readonly TimelineEntry[]): TimelineEntry[] {
  const rank = (e: TimelineEntry) => (e.event === 'saved' ? 0 : 1);
  return [...entries].sort((a, b) => b.createdAt - a.createdAt || rank(b) - rank(a));
}

/**
 * The "imported" event of a contact that came from Connections.csv. Derived from the contact, not stored: a
 * 10,000-row import then writes 10,000 records instead of 20,000.
 */
export function importedEvent(contact: Contact): TimelineEntry | null {
  if (contact.source !== 'import') return null;
  return {
    id: `imported:${contact.key}`,
    contactKey: contact.key,
    kind: 'event',
    text: 'Connections.csv',
    event: 'imported',
    createdAt: contact.createdAt,
    updatedAt: contact.createdAt,
  };
}

/** Newest first, as the sidebar and popup show it. */
export async function getTimeline(db: MentorRadarDb, contactKey: string): Promise<TimelineEntry[]> {
  const [entries, contact] = await Promise.all([
    db.timeline.where('[contactKey+createdAt]').between([contactKey, -Infinity], [contactKey, Infinity]).toArray(),
    db.contacts.get(contactKey),
  ]);
  const imported = contact && !entries.some((e) => e.event === 'imported') ? importedEvent(contact) : null;
  return orderTimeline(imported ? [...entries, imported] : entries);
}

function requireText(text: string): string {
  // Line breaks inside are the user's; blank notes are not notes.
  if (text.trim() === '') throw new Error('A note cannot be empty');
  return text;
}

export async function addNote(
  db: MentorRadarDb,
  contactKey: string,
  text: string,
  profile: Profile | undefined,
  now: number,
): Promise<TimelineEntry> {
  return db.transaction('rw', db.contacts, db.timeline, async () => {
    const contact = await findOrCreate(db, contactKey, profile, now);
    const entry = TimelineEntrySchema.parse({
      id: crypto.randomUUID(),
      contactKey,
      kind: 'note',
      text: requireText(text),
      event: null,
      createdAt: now,
      updatedAt: now,
    });
    await db.timeline.add(entry);
    // A note is an interaction: with a cadence, the follow-up moves.
    await db.contacts.update(contact.key, { ...followUpAfterInteraction(contact, now), updatedAt: now });
    return entry;
  });
}

async function requireNote(db: MentorRadarDb, id: string): Promise<TimelineEntry> {
  const entry = await db.timeline.get(id);
  if (!entry || entry.kind !== 'note') throw new Error('That note no longer exists');
  return entry;
}

export async function editNote(db: MentorRadarDb, id: string, text: string, now: number): Promise<TimelineEntry> {
  return db.transaction('rw', db.timeline, async () => {
    const entry = await requireNote(db, id);
    const next = TimelineEntrySchema.parse({ ...entry, text: requireText(text), updatedAt: now });
    await db.timeline.put(next);
    return next;
  });
}

/**
 * Deletes a note and hands it back, so the UI can offer undo through restoreNote. Events stay. A tombstone
 * (id + time) is kept so that merging an older backup does not bring the note back.
 */
export async function deleteNote(db: MentorRadarDb, id: string, now: number = Date.now()): Promise<TimelineEntry> {
  return db.transaction('rw', db.timeline, db.settings, async () => {
    const entry = await requireNote(db, id);
    await db.timeline.delete(id);
    const others = (await readTombstones(db)).filter((t) => t.id !== id);
    await writeTombstones(db, [{ id, deletedAt: Math.max(now, entry.updatedAt) }, ...others]);
    return entry;
  });
}

export async function restoreNote(db: MentorRadarDb, entry: TimelineEntry): Promise<TimelineEntry> {
  if (entry.kind !== 'note') throw new Error('Only notes can be restored');
  return db.transaction('rw', db.contacts, db.timeline, db.settings, async () => {
    if (!(await db.contacts.get(entry.contactKey))) throw new Error('The contact of this note was deleted');
    await db.timeline.put(entry);
    const tombstones = await readTombstones(db);
    if (tombstones.some((t) => t.id === entry.id)) await writeTombstones(db, tombstones.filter((t) => t.id !== entry.id));
    return entry;
  });
}
