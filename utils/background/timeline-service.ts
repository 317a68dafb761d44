import { TimelineEntrySchema, type TimelineEntry } from '../schemas/contact';
import type { Profile } from '../schemas/profile';
import type { MentorRadarDb } from '../db/database';
import { findOrCreate } from './contacts-service';

/**
 * Newest first. Entries of the same millisecond (noting someone saves them first) keep the story's order:
 * the "saved" event is the oldest of them. Ties otherwise keep the incoming order (stable sort).
 */
export function orderTimeline(entries: readonly TimelineEntry[]): TimelineEntry[] {
  const rank = (e: TimelineEntry) => (e.event === 'saved' ? 0 : 1);
  return [...entries].sort((a, b) => b.createdAt - a.createdAt || rank(b) - rank(a));
}

/** Newest first, as the sidebar and popup show it. */
export async function getTimeline(db: MentorRadarDb, contactKey: string): Promise<TimelineEntry[]> {
  const entries = await db.timeline
    .where('[contactKey+createdAt]')
    .between([contactKey, -Infinity], [contactKey, Infinity])
    .toArray();
  return orderTimeline(entries);
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
    await db.contacts.update(contact.key, { updatedAt: now });
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

/** Deletes a note and hands it back, so the UI can offer undo through restoreNote. Events stay. */
export async function deleteNote(db: MentorRadarDb, id: string): Promise<TimelineEntry> {
  return db.transaction('rw', db.timeline, async () => {
    const entry = await requireNote(db, id);
    await db.timeline.delete(id);
    return entry;
  });
}

export async function restoreNote(db: MentorRadarDb, entry: TimelineEntry): Promise<TimelineEntry> {
  if (entry.kind !== 'note') throw new Error('Only notes can be restored');
  return db.transaction('rw', db.contacts, db.timeline, async () => {
    if (!(await db.contacts.get(entry.contactKey))) throw new Error('The contact of this note was deleted');
    await db.timeline.put(entry);
    return entry;
  });
}
