import { stuckAt, type DueFields } from '../reminders/due';

/**
 * The moments after `now` at which contacts become due: a follow-up date is reached, or a relationship
 * becomes stuck. Between two of them nothing time-dependent in the popup changes (due markers, due counts,
 * the "due" filter), so an answer computed at `now` stays exact until the first one, and its due counts
 * can be moved on by counting the moments passed.
 */
export interface DueTransitions {
  /** Follow-up dates after `now`, ascending. */
  followUps: number[];
  /** Moments after `now` at which a relationship becomes stuck, ascending. */
  stuck: number[];
  /** Both lists hold every moment before this one; null when they hold all of them. */
  completeUntil: number | null;
}

/** A contact is either waiting for its follow-up or (without one) maybe for getting stuck: never both. */
function nextTransition(contact: DueFields, now: number): { at: number; followUp: boolean } | null {
  if (contact.followUpAt !== null) return contact.followUpAt > now ? { at: contact.followUpAt, followUp: true } : null;
  const at = stuckAt(contact);
  return at !== null && at > now ? { at, followUp: false } : null;
}

/** The first `limit` due moments after `now` (so what is kept stays small with any network size). */
export function dueTransitions(contacts: Iterable<DueFields>, now: number, limit: number): DueTransitions {
  const all: { at: number; followUp: boolean }[] = [];
  for (const contact of contacts) {
    const next = nextTransition(contact, now);
    if (next) all.push(next);
  }
  all.sort((a, b) => a.at - b.at);
  const kept = all.slice(0, limit);
  return {
    followUps: kept.filter((t) => t.followUp).map((t) => t.at),
    stuck: kept.filter((t) => !t.followUp).map((t) => t.at),
    completeUntil: all.length > limit ? all[limit]!.at : null,
  };
}

/** How many of the ascending `moments` are at or before `now`. */
export function passedBy(moments: readonly number[], now: number): number {
  let lo = 0;
  let hi = moments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (moments[mid]! <= now) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
