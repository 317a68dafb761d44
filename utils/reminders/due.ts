import type { ContactStatus } from '../schemas/contact';
import { z } from 'zod';

/** Why a contact shows under "Due": a follow-up date has come, or the relationship is stuck. */
export const DueReasonSchema = z.enum(['follow-up', 'stuck']);
export type DueReason = z.infer<typeof DueReasonSchema>;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * After how many days without a status change a relationship counts as stuck (Mentorloop alerts after
 * 21 days). Ideas are a wish list and closed ones are over: they never nag. Mentoring that runs is the
 * goal; only a long pause is worth a nudge.
 */
export const STUCK_AFTER_DAYS: Readonly<Record<ContactStatus, number | null>> = {
  idea: null,
  contacted: 21,
  conversation: 30,
  mentoring: null,
  paused: 60,
  closed: null,
};

/** The fields due logic reads from a contact. */
export interface DueFields {
  status: ContactStatus;
  statusChangedAt: number;
  followUpAt: number | null;
}

export function isFollowUpDue(contact: Pick<DueFields, 'followUpAt'>, now: number): boolean {
  return contact.followUpAt !== null && contact.followUpAt <= now;
}

/**
 * When the relationship becomes stuck, or null if its status never does. A planned follow-up (even a
 * future one) means the user has it in hand: no stuck nudge then.
 */
export function stuckAt(contact: DueFields): number | null {
  const days = STUCK_AFTER_DAYS[contact.status];
  if (days === null || contact.followUpAt !== null) return null;
  return contact.statusChangedAt + days * DAY_MS;
}

export function isStuck(contact: DueFields, now: number): boolean {
  const at = stuckAt(contact);
  return at !== null && at <= now;
}

/** Why this contact shows in the "due" view: a follow-up date reached comes before a stuck nudge. */
export function dueReason(contact: DueFields, now: number): DueReason | null {
  if (isFollowUpDue(contact, now)) return 'follow-up';
  if (isStuck(contact, now)) return 'stuck';
  return null;
}

/** The earliest follow-up still in the future, for the next alarm; null when none is planned. */
export function nextFollowUpAt(contacts: Iterable<Pick<DueFields, 'followUpAt'>>, now: number): number | null {
  let next: number | null = null;
  for (const c of contacts) {
    if (c.followUpAt !== null && c.followUpAt > now && (next === null || c.followUpAt < next)) next = c.followUpAt;
  }
  return next;
}
