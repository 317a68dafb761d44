/** A follow-up that is due, as the reminder logic needs it. */
export interface DueFollowUp {
  key: string;
  name: string;
  url: string;
  followUpAt: number;
}

/** At most this many system notifications at once (after a long absence); the badge still counts all. */
export const MAX_NOTIFICATIONS_AT_ONCE = 5;

/** Badge text for a number of due follow-ups: empty when none, "99+" beyond two digits. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

/**
 * Which due follow-ups still need a notification: each follow-up date is announced once. `notified` maps
 * contact key → the follow-up time already announced; a new date for the same person is announced again.
 * Oldest first, at most MAX_NOTIFICATIONS_AT_ONCE.
 */
export function followUpsToNotify(due: readonly DueFollowUp[], notified: Readonly<Record<string, number>>): DueFollowUp[] {
  return due
    .filter((item) => notified[item.key] !== item.followUpAt)
    .sort((a, b) => a.followUpAt - b.followUpAt)
    .slice(0, MAX_NOTIFICATIONS_AT_ONCE);
}

/** The notified map after announcing `announced`, keeping only people still due (so it cannot grow forever). */
export function nextNotified(
  due: readonly DueFollowUp[],
  notified: Readonly<Record<string, number>>,
  announced: readonly DueFollowUp[],
): Record<string, number> {
  const next: Record<string, number> = {};
  for (const item of due) if (notified[item.key] === item.followUpAt) next[item.key] = item.followUpAt;
  for (const item of announced) next[item.key] = item.followUpAt;
  return next;
}

const NOTIFICATION_PREFIX = 'mentor-radar:follow-up:';

export const notificationIdFor = (key: string) => NOTIFICATION_PREFIX + key;

/** The contact key of one of our notification ids, or null for someone else's id. */
export function contactKeyOfNotification(id: string): string | null {
  return id.startsWith(NOTIFICATION_PREFIX) ? id.slice(NOTIFICATION_PREFIX.length) || null : null;
}
