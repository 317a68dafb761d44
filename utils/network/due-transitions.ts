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

/**
 * The first `limit` due moments after `now` (so what is kept stays small with any network size). Runs on
 * every first page the popup is answered: numbers in typed arrays, sorted natively, no objects.
 */
export function dueTransitions(contacts: Iterable<DueFields>, now: number, limit: number): DueTransitions {
  const followUps: number[] = [];
  const stuck: number[] = [];
  for (const contact of contacts) {
    // A contact waits either for its follow-up or (without one) maybe for getting stuck: never both.
    if (contact.followUpAt !== null) {
      if (contact.followUpAt > now) followUps.push(contact.followUpAt);
    } else {
      const at = stuckAt(contact);
      if (at !== null && at > now) stuck.push(at);
    }
  }
  const f = Float64Array.from(followUps).sort();
  const s = Float64Array.from(stuck).sort();
  // Merge the two ascending lists up to `limit` moments.
  let i = 0;
  let j = 0;
  while (i + j < limit && (i < f.length || j < s.length)) {
    if (j >= s.length || (i < f.length && f[i]! <= s[j]!)) i += 1;
    else j += 1;
  }
  const next = Math.min(f[i] ?? Infinity, s[j] ?? Infinity);
  return {
    followUps: Array.from(f.subarray(0, i)),
    stuck: Array.from(s.subarray(0, j)),
    completeUntil: Number.isFinite(next) ? next : null,
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
