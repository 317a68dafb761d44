import type { ContactStatus, TimelineEntry } from '../schemas/contact';
import type { Lang, MessageKey } from '../i18n/translate';
import { CONTACT_STATUSES } from '../schemas/contact';
import { LIMITS } from '../schemas/limits';
import { dateInputToEpoch } from '../reminders/follow-up-date';

/** The stored note's limit (schemas/limits.ts), so the editor refuses exactly what the background would. */
export const NOTE_MAX_LENGTH = LIMITS.noteText;
/** Notes longer than this show their beginning and a "Show all" button, so one essay does not bury the rest. */
export const NOTE_PREVIEW_LENGTH = 600;

export type NoteProblem = 'empty' | 'tooLong';

/** Why a note cannot be saved, or null when it can. Whitespace-only text is not a note. */
export function noteProblem(text: string): NoteProblem | null {
  if (text.trim() === '') return 'empty';
  if (text.length > NOTE_MAX_LENGTH) return 'tooLong';
  return null;
}

/** A note was changed after it was written (edits within a second are the same writing). */
export function wasEdited(entry: TimelineEntry): boolean {
  return entry.kind === 'note' && entry.updatedAt - entry.createdAt >= 1000;
}

/** The beginning of a long note, cut between characters (never inside an emoji's surrogate pair). */
export function notePreview(text: string, limit = NOTE_PREVIEW_LENGTH): { text: string; truncated: boolean } {
  if (text.length <= limit) return { text, truncated: false };
  let end = limit;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return { text: `${text.slice(0, end).trimEnd()}…`, truncated: true };
}

/** Date and time of an entry in the UI language, e.g. "12 Mar 2026, 14:05" / "12.03.2026, 14:05". */
export function formatEntryDate(ms: number, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(ms),
  );
}

/** A follow-up day in the UI language, e.g. "Fri, 13 Mar 2026". */
export function formatFollowUpDay(ms: number, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(new Date(ms));
}

export interface EventDescription {
  key: MessageKey;
  /** Substitutions; a status is given as its message key, to be translated by the caller. */
  args: (string | { messageKey: MessageKey })[];
}

const isStatus = (text: string): text is ContactStatus => (CONTACT_STATUSES as readonly string[]).includes(text);

/** What an event entry says, as a message key plus arguments. */
export function describeEvent(entry: TimelineEntry, lang: Lang): EventDescription {
  switch (entry.event) {
    case 'saved':
      return { key: 'sb_eventSaved', args: [] };
    case 'status-changed':
      return isStatus(entry.text)
        ? { key: 'sb_eventStatusChanged', args: [{ messageKey: `status_${entry.text}` }] }
        : { key: 'sb_eventStatusChanged', args: [entry.text] };
    case 'outreach-copied':
      return { key: 'sb_eventOutreachCopied', args: [] };
    case 'follow-up-set': {
      const ms = Date.parse(entry.text);
      return { key: 'sb_eventFollowUpSet', args: [Number.isNaN(ms) ? entry.text : formatFollowUpDay(ms, lang)] };
    }
    case 'imported':
      return { key: 'sb_eventImported', args: [] };
    case 'session': {
      const day = entry.session ? dateInputToEpoch(entry.session.date) : null;
      return { key: 'sb_eventSession', args: [day === null ? '' : formatFollowUpDay(day, lang)] };
    }
    default:
      return { key: 'sb_eventOther', args: [entry.text] };
  }
}
