import { ContactSchema, TimelineEntrySchema, type Contact, type TimelineEntry } from '../schemas/contact';
import type { Profile } from '../schemas/profile';
import type { MentorRadarDb } from '../db/database';
import type { ContactPatch } from '../messaging/protocol';
import { contactUrlFor } from '../schemas/profile-url';
import { followUpAfterInteraction } from '../journey/cadence';

/** Profile fields copied onto the contact, so lists and search never need the snapshot. */
function profileFields(profile: Profile) {
  return {
    platform: profile.platform,
    // Derived from the key, never taken as given: a contact opens only its own canonical profile URL.
    url: contactUrlFor(profile.key, profile.url) ?? profile.url,
    name: profile.name,
    headline: profile.headline,
    location: profile.location,
    currentRole: profile.currentRole,
    currentCompany: profile.currentCompany,
    careerStartYear: profile.careerStart?.year ?? null,
    profile,
  };
}

export function newContact(profile: Profile, now: number): Contact {
  return ContactSchema.parse({
    key: profile.key,
    ...profileFields(profile),
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
    source: 'sidebar',
    connectedOn: null,
  });
}

export function timelineEvent(
  contactKey: string,
  event: TimelineEntry['event'],
  text: string,
  now: number,
): TimelineEntry {
  return TimelineEntrySchema.parse({
    id: crypto.randomUUID(),
    contactKey,
    kind: 'event',
    text,
    event,
    createdAt: now,
    updatedAt: now,
  });
}

/**
 * A stored record checked against today's schema before any view gets it: a record damaged or planted
 * before the checks existed is skipped (and logged), so one bad record never breaks a list or a view.
 */
function readable(record: Contact | undefined): Contact | undefined {
  if (record === undefined) return undefined;
  const parsed = ContactSchema.safeParse(record);
  if (!parsed.success) console.warn(`Skipping damaged contact ${String(record.key).slice(0, 80)}`);
  return parsed.success ? parsed.data : undefined;
}

export async function getContact(db: MentorRadarDb, key: string): Promise<Contact | undefined> {
  return readable(await db.contacts.get(key));
}

/** Newest activity first: what the user worked on last is what they look for first. */
export async function listContacts(db: MentorRadarDb): Promise<Contact[]> {
  const contacts = await db.contacts.orderBy('updatedAt').reverse().toArray();
  return contacts.map(readable).filter((contact): contact is Contact => contact !== undefined);
}

/**
 * Saves a person from a freshly parsed profile. An existing contact keeps its tags, status and notes and
 * only takes the newer profile fields; a new one starts as an idea with a "saved" event in its timeline.
 */
export async function saveContactFromProfile(db: MentorRadarDb, profile: Profile, now: number): Promise<Contact> {
  return db.transaction('rw', db.contacts, db.timeline, async () => {
    const existing = await db.contacts.get(profile.key);
    const contact = existing
      ? ContactSchema.parse({ ...existing, ...profileFields(profile), updatedAt: now })
      : newContact(profile, now);
    await db.contacts.put(contact);
    if (!existing) await db.timeline.add(timelineEvent(contact.key, 'saved', '', now));
    return contact;
  });
}

/**
 * The user opened a saved person's profile (or a details page of it): their stored snapshot takes what the
 * page shows now, so real data (dated experience, Skills section) replaces an estimate from an imported
 * title. Tags, status and notes stay. Someone not saved stays unsaved: reading a page never saves a person.
 * Null when the person is not saved or nothing changed (no write, no re-match).
 */
export async function refreshSavedProfile(db: MentorRadarDb, profile: Profile, now: number): Promise<Contact | null> {
  return db.transaction('rw', db.contacts, async () => {
    const existing = await db.contacts.get(profile.key);
    if (!existing) return null;
    const fields = profileFields(profile);
    if (JSON.stringify(existing.profile) === JSON.stringify(profile) && existing.careerStartYear === fields.careerStartYear) return null;
    // A page that lost a field (guest view, markup change) must not erase what an earlier visit read.
    const next = ContactSchema.parse({
      ...existing,
      ...fields,
      headline: fields.headline ?? existing.headline,
      location: fields.location ?? existing.location,
      currentRole: fields.currentRole ?? existing.currentRole,
      currentCompany: fields.currentCompany ?? existing.currentCompany,
      careerStartYear: fields.careerStartYear ?? existing.careerStartYear,
      updatedAt: Math.max(now, existing.updatedAt),
    });
    await db.contacts.put(next);
    return next;
  });
}

/** Finds a contact, or creates it from `profile` when the user acts on someone not saved yet. */
async function findOrCreate(db: MentorRadarDb, key: string, profile: Profile | undefined, now: number): Promise<Contact> {
  const existing = await db.contacts.get(key);
  if (existing) return existing;
  if (!profile || profile.key !== key) throw new Error(`No saved contact "${key}"`);
  const created = newContact(profile, now);
  await db.contacts.add(created);
  await db.timeline.add(timelineEvent(key, 'saved', '', now));
  return created;
}

/** Unique, in order: tags are sets, but the order the user added them in is kept. */
const unique = (ids: string[]) => [...new Set(ids)];

/**
 * Applies a change from the UI. Status changes and follow-up dates are also told in the timeline, so the
 * story of the relationship stays visible.
 */
export async function updateContact(
  db: MentorRadarDb,
  key: string,
  patch: ContactPatch,
  profile: Profile | undefined,
  now: number,
): Promise<Contact> {
  return db.transaction('rw', db.contacts, db.timeline, async () => {
    const existing = await findOrCreate(db, key, profile, now);
    const next: Contact = ContactSchema.parse({
      ...existing,
      ...patch,
      ...(patch.teachSkills ? { teachSkills: unique(patch.teachSkills) } : {}),
      ...(patch.learnSkills ? { learnSkills: unique(patch.learnSkills) } : {}),
      updatedAt: now,
    });
    if (patch.status && patch.status !== existing.status) {
      next.statusChangedAt = now;
      // A status change is an interaction: the cadence moves the follow-up, unless the user set one now.
      if (patch.followUpAt === undefined) Object.assign(next, followUpAfterInteraction(existing, now));
      await db.timeline.add(timelineEvent(key, 'status-changed', patch.status, now));
    }
    if (patch.followUpAt !== undefined && patch.followUpAt !== existing.followUpAt && patch.followUpAt !== null) {
      await db.timeline.add(timelineEvent(key, 'follow-up-set', new Date(patch.followUpAt).toISOString(), now));
    }
    await db.contacts.put(next);
    return next;
  });
}

/**
 * Adds and removes tags on what is stored now, in one transaction: unlike writing a whole list, a tag
 * another tab added meanwhile is kept. Adding an existing tag or removing a missing one changes nothing.
 */
export async function changeTags(
  db: MentorRadarDb,
  key: string,
  field: 'teachSkills' | 'learnSkills',
  ops: { add: readonly string[]; remove: readonly string[] },
  profile: Profile | undefined,
  now: number,
): Promise<Contact> {
  return db.transaction('rw', db.contacts, db.timeline, async () => {
    const existing = await findOrCreate(db, key, profile, now);
    const next = applyTagOps(existing[field], ops);
    if (next.length === existing[field].length && next.every((id, i) => id === existing[field][i])) return existing;
    const changed = ContactSchema.parse({ ...existing, [field]: next, updatedAt: now });
    await db.contacts.put(changed);
    return changed;
  });
}

/** Pure: `current` without `remove`, then `add` appended (each id once, the existing order kept). */
export function applyTagOps(current: readonly string[], ops: { add: readonly string[]; remove: readonly string[] }): string[] {
  const removed = new Set(ops.remove);
  return unique([...current.filter((id) => !removed.has(id)), ...ops.add.filter((id) => !removed.has(id))]);
}

/** Copying a draft is the moment of outreach: record it, and an idea becomes "contacted". */
export async function recordOutreachCopied(
  db: MentorRadarDb,
  key: string,
  detail: string,
  profile: Profile | undefined,
  now: number,
): Promise<Contact> {
  return db.transaction('rw', db.contacts, db.timeline, async () => {
    const existing = await findOrCreate(db, key, profile, now);
    await db.timeline.add(timelineEvent(key, 'outreach-copied', detail, now));
    if (existing.status !== 'idea') {
      const touched = { ...existing, ...followUpAfterInteraction(existing, now), updatedAt: now };
      await db.contacts.put(touched);
      return touched;
    }
    const next = ContactSchema.parse({
      ...existing,
      ...followUpAfterInteraction(existing, now),
      status: 'contacted',
      statusChangedAt: now,
      updatedAt: now,
    });
    await db.timeline.add(timelineEvent(key, 'status-changed', 'contacted', now + 1));
    await db.contacts.put(next);
    return next;
  });
}

export { findOrCreate };
