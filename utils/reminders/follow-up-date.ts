/**
 * Follow-up dates: the date input speaks `YYYY-MM-DD` in the user's calendar, the contact stores epoch ms.
 * A follow-up is due at 09:00 local time on that day, a time at which a reminder is welcome.
 */
export const FOLLOW_UP_HOUR = 9;

const DATE_INPUT = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2026-03-15` → epoch ms of 15 March 2026, 09:00 local time; null for an empty or invalid value. */
export function dateInputToEpoch(value: string): number | null {
  const match = DATE_INPUT.exec(value.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day, FOLLOW_UP_HOUR, 0, 0, 0);
  // new Date rolls 31 February into March: such a value is not a date.
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  const ms = date.getTime();
  return ms >= 0 ? ms : null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Epoch ms → the `YYYY-MM-DD` a date input shows (local calendar day); '' for none. */
export function epochToDateInput(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return '';
  const date = new Date(ms);
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Is the follow-up due (its time has come)? */
export function isFollowUpDue(followUpAt: number | null, now: number): boolean {
  return followUpAt !== null && followUpAt <= now;
}
