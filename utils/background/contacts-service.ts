import { ContactSchema, TimelineEntrySchema, type Contact, type ContactStatus, type TimelineEntry } from '../schemas/contact';
import type { Profile } from '../schemas/profile';
import type { MentorRadarDb } from '../db/database';

/** Profile fields copied onto the contact, so lists and search never need the snapshot. */
function profileFields(profile: Profile) {
  return {
    platform: profile.platform,
    url: profile.url,
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

export function getContact(db: MentorRadarDb, key: string): Promise<Contact | undefined> {
  return db.contacts.get(key);
}

/** Newest activity first: what the user worked on last is what they look for first. */
export function listContacts(db: MentorRadarDb): Promise<Contact[]> {
  return db.contacts.orderBy('updatedAt').reverse().toArray();
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

export async function setContactStatus(
  db: MentorRadarDb,
  key: string,
  status: ContactStatus,
  now: number,
): Promise<Contact> {
  return db.transaction('rw', db.contacts, db.timeline, async () => {
    const existing = await db.contacts.get(key);
    if (!existing) throw new Error(`No saved contact "${key}"`);
    if (existing.status === status) return existing;
    const contact = ContactSchema.parse({ ...existing, status, statusChangedAt: now, updatedAt: now });
    await db.contacts.put(contact);
    await db.timeline.add(timelineEvent(key, 'status-changed', status, now));
    return contact;
  });
}
