import type { CadenceWeeks } from '../schemas/journey';
import { FOLLOW_UP_HOUR } from '../reminders/follow-up-date';

/**
 * Keep-in-touch cadence (as Dex does it): every interaction moves the next follow-up to "cadence weeks
 * later". Counted in calendar days of the user's time zone, not in milliseconds: across a daylight-saving
 * change 4 weeks of milliseconds would land at 08:00 or 10:00 instead of the usual 09:00.
 */
export function followUpAfter(interactionAt: number, weeks: number): number {
  const day = new Date(interactionAt);
  // Date normalises day overflow (31 March + 28 days → 28 April) in local time, so DST shifts fall away.
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() + weeks * 7, FOLLOW_UP_HOUR, 0, 0, 0).getTime();
}

/**
 * The follow-up date after an interaction, or undefined when the cadence is none (the date the user
 * picked by hand then stays as it is).
 */
export function cadenceFollowUp(cadenceWeeks: CadenceWeeks, interactionAt: number): number | undefined {
  // `!` also covers a row written by an older version that has no cadence at all.
  return !cadenceWeeks ? undefined : followUpAfter(interactionAt, cadenceWeeks);
}

/**
 * What an interaction (a note, a copied draft, a status change, a logged session) changes on a contact
 * with a cadence: the follow-up moves to cadence weeks after it. Nothing without a cadence.
 */
export function followUpAfterInteraction(contact: { cadenceWeeks: CadenceWeeks }, interactionAt: number): { followUpAt?: number } {
  const followUpAt = cadenceFollowUp(contact.cadenceWeeks, interactionAt);
  return followUpAt === undefined ? {} : { followUpAt };
}
