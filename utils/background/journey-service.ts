import { ContactSchema, TimelineEntrySchema, type Contact, type ContactStatus, type TimelineEntry } from '../schemas/contact';
import type { CadenceWeeks, GoalDirection, SessionDetails } from '../schemas/journey';
import type { Profile } from '../schemas/profile';
import type { Lang } from '../matching/types';
import type { MentorRadarDb } from '../db/database';
import { addGoal as addGoalTo, openGoals, removeGoal as removeGoalFrom, setGoalDone as setGoalDoneIn, type GoalChange } from '../journey/goals';
import { followUpAfter, followUpAfterInteraction } from '../journey/cadence';
import { calendarFileName, followUpCalendar, type FollowUpEntry } from '../journey/calendar';
import { dateInputToEpoch } from '../reminders/follow-up-date';
import { findOrCreate, timelineEvent } from './contacts-service';

const GOAL_PROBLEMS: Record<Exclude<GoalChange, { ok: true }>['problem'], string> = {
  empty: 'A goal cannot be empty',
  'too-long': 'A goal is at most 200 characters',
  duplicate: 'This goal is already there',
  'too-many': 'This pair already has the most goals one contact can keep',
  'not-found': 'That goal no longer exists',
};

/** Applies a pure goal change to a saved (or newly saved) contact in one transaction. */
async function changeGoals(
  db: MentorRadarDb,
  key: string,
  profile: Profile | undefined,
  now: number,
  change: (contact: Contact) => GoalChange,
): Promise<Contact> {
  return db.transaction('rw', db.contacts, db.timeline, async () => {
    const contact = await findOrCreate(db, key, profile, now);
    const result = change(contact);
    if (!result.ok) throw new Error(GOAL_PROBLEMS[result.problem]);
    const next = ContactSchema.parse({ ...contact, goals: result.goals, updatedAt: now });
    await db.contacts.put(next);
    return next;
  });
}

export function addGoal(
  db: MentorRadarDb,
  key: string,
  direction: GoalDirection,
  text: string,
  profile: Profile | undefined,
  now: number,
): Promise<Contact> {
  return changeGoals(db, key, profile, now, (contact) => addGoalTo(contact.goals, direction, text, crypto.randomUUID(), now));
}

export function setGoalDone(db: MentorRadarDb, key: string, id: string, done: boolean, now: number): Promise<Contact> {
  return changeGoals(db, key, undefined, now, (contact) => setGoalDoneIn(contact.goals, id, done, now));
}

export function removeGoal(db: MentorRadarDb, key: string, id: string, now: number): Promise<Contact> {
  return changeGoals(db, key, undefined, now, (contact) => removeGoalFrom(contact.goals, id));
}

/**
 * Sets the keep-in-touch cadence. Choosing one schedules the next follow-up that many weeks from today
 * (told in the timeline like a date picked by hand); "none" keeps whatever date is set.
 */
export async function setCadence(
  db: MentorRadarDb,
  key: string,
  weeks: CadenceWeeks,
  profile: Profile | undefined,
  now: number,
): Promise<Contact> {
  return db.transaction('rw', db.contacts, db.timeline, async () => {
    const contact = await findOrCreate(db, key, profile, now);
    const followUpAt = weeks === 0 ? contact.followUpAt : followUpAfter(now, weeks);
    const next = ContactSchema.parse({ ...contact, cadenceWeeks: weeks, followUpAt, updatedAt: now });
    if (followUpAt !== null && followUpAt !== contact.followUpAt) {
      await db.timeline.add(timelineEvent(key, 'follow-up-set', new Date(followUpAt).toISOString(), now));
    }
    await db.contacts.put(next);
    return next;
  });
}

/** A pair that meets is mentoring: earlier stages move on when a session is logged; paused and closed stay. */
const MOVES_TO_MENTORING: ReadonlySet<ContactStatus> = new Set(['idea', 'contacted', 'conversation']);

/**
 * Logs a session: a `session` event with its details, the follow-up moved by the cadence (counted from the
 * session's day), and an earlier stage moved to mentoring.
 */
export async function logSession(
  db: MentorRadarDb,
  key: string,
  session: SessionDetails,
  profile: Profile | undefined,
  now: number,
): Promise<TimelineEntry> {
  const day = dateInputToEpoch(session.date);
  if (day === null) throw new Error(`"${session.date}" is not a date`);
  return db.transaction('rw', db.contacts, db.timeline, async () => {
    const contact = await findOrCreate(db, key, profile, now);
    const details = { ...session, notes: session.notes.trim(), iLearned: session.iLearned.trim(), theyLearned: session.theyLearned.trim() };
    const entry = TimelineEntrySchema.parse({
      ...timelineEvent(key, 'session', details.notes, now),
      session: details,
    });
    await db.timeline.add(entry);
    const moves = MOVES_TO_MENTORING.has(contact.status);
    if (moves) await db.timeline.add(timelineEvent(key, 'status-changed', 'mentoring', now + 1));
    const next = ContactSchema.parse({
      ...contact,
      ...followUpAfterInteraction(contact, day),
      ...(moves ? { status: 'mentoring', statusChangedAt: now } : {}),
      updatedAt: now,
    });
    await db.contacts.put(next);
    return entry;
  });
}

export type CalendarExport =
  | { ok: true; fileName: string; text: string; count: number }
  | { ok: false; problem: 'nothing-planned' | 'invalid' };

function followUpEntry(contact: Contact & { followUpAt: number }): FollowUpEntry {
  return {
    contactKey: contact.key,
    name: contact.name,
    url: contact.url,
    followUpAt: contact.followUpAt,
    openGoals: openGoals(contact.goals).map((goal) => goal.text),
  };
}

const hasFollowUp = (contact: Contact | undefined): contact is Contact & { followUpAt: number } =>
  contact !== undefined && contact.followUpAt !== null;

/**
 * The follow-up(s) as an .ics file: one contact's next follow-up (even an overdue one: the user asked for
 * it), or every follow-up from the start of today on.
 */
export async function exportFollowUps(db: MentorRadarDb, key: string | undefined, lang: Lang, now: number): Promise<CalendarExport> {
  let contacts: (Contact & { followUpAt: number })[];
  if (key !== undefined) {
    const contact = await db.contacts.get(key);
    contacts = hasFollowUp(contact) ? [contact] : [];
  } else {
    const today = new Date(now);
    today.setHours(0, 0, 0, 0);
    contacts = (await db.contacts.where('followUpAt').aboveOrEqual(today.getTime()).toArray()).filter(hasFollowUp);
  }
  const result = followUpCalendar(contacts.map(followUpEntry), lang, now);
  if (!result.ok) return result;
  return { ok: true, fileName: calendarFileName(now, key === undefined ? 'all' : 'one'), text: result.text, count: contacts.length };
}
