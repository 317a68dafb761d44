import { createEvents, type EventAttributes } from 'ics';
import type { Lang } from '../matching/types';

/** One follow-up to put in the user's calendar. */
export interface FollowUpEntry {
  contactKey: string;
  name: string;
  /** Profile link, written into the description (and URL) so the event leads back to the person. */
  url: string;
  followUpAt: number;
  /** Open goals of the pair, listed in the description as a reminder of what to talk about. */
  openGoals?: readonly string[];
}

const SUMMARY: Record<Lang, (name: string) => string> = {
  en: (name) => `Follow up with ${name}`,
  de: (name) => `Bei ${name} melden`,
};
const GOALS_HEADING: Record<Lang, string> = { en: 'Open goals:', de: 'Offene Ziele:' };

/** A follow-up is a reminder, not a meeting: a short slot the user can move. */
const DURATION_MINUTES = 30;
const PRODUCT_ID = '-//Mentor Radar//Follow-ups//EN';

/**
 * The event UID of a contact's follow-up: the same for every export, so importing a newer file updates the
 * event instead of adding a second one. encodeURIComponent is injective (decodeURIComponent reverses it),
 * so two contacts never share a UID, and it leaves only characters that are safe in an iCalendar value.
 */
export function followUpUid(contactKey: string): string {
  return `follow-up-${encodeURIComponent(contactKey)}@mentor-radar`;
}

/**
 * RFC 5545 SEQUENCE must grow with each revision for calendars to take an update: minutes since the epoch
 * at export time do, and stay far below the 32-bit limit calendars accept.
 */
export function sequenceAt(exportedAt: number): number {
  return Math.floor(exportedAt / 60_000);
}

function eventOf(entry: FollowUpEntry, lang: Lang, exportedAt: number): EventAttributes {
  const goals = (entry.openGoals ?? []).filter((goal) => goal.trim() !== '');
  const description = [entry.url, ...(goals.length > 0 ? ['', GOALS_HEADING[lang], ...goals.map((goal) => `- ${goal}`)] : [])].join('\n');
  return {
    uid: followUpUid(entry.contactKey),
    sequence: sequenceAt(exportedAt),
    timestamp: exportedAt,
    // Written in UTC: every calendar shows it at the same instant the extension's reminder fires.
    start: entry.followUpAt,
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: DURATION_MINUTES },
    title: SUMMARY[lang](entry.name),
    description,
    url: entry.url,
    productId: PRODUCT_ID,
    calName: 'Mentor Radar',
  } as EventAttributes;
}

export type CalendarResult = { ok: true; text: string } | { ok: false; problem: 'nothing-planned' | 'invalid' };

/**
 * Follow-ups as one iCalendar file (one VEVENT each), earliest first. Written with the `ics` library;
 * tests read it back with ical.js.
 */
export function followUpCalendar(entries: readonly FollowUpEntry[], lang: Lang, exportedAt: number): CalendarResult {
  if (entries.length === 0) return { ok: false, problem: 'nothing-planned' };
  const sorted = [...entries].sort((a, b) => a.followUpAt - b.followUpAt || a.contactKey.localeCompare(b.contactKey));
  const { error, value } = createEvents(sorted.map((entry) => eventOf(entry, lang, exportedAt)));
  if (error || !value) return { ok: false, problem: 'invalid' };
  return { ok: true, text: foldOctets(value) };
}

const encoder = new TextEncoder();

/**
 * RFC 5545 §3.1 folds lines at 75 octets; `ics` folds at 75 characters, so names and goals in German,
 * French or emoji give longer lines that strict readers may reject. Unfold, then refold by UTF-8 octets,
 * never inside a character.
 */
export function foldOctets(text: string): string {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines
    .map((line) => {
      const parts: string[] = [];
      let part = '';
      let octets = 0;
      let limit = 75;
      for (const char of line) {
        const size = encoder.encode(char).length;
        if (octets + size > limit) {
          parts.push(part);
          part = '';
          octets = 0;
          limit = 74; // the leading space of a continuation line counts
        }
        part += char;
        octets += size;
      }
      parts.push(part);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}

/** `mentor-radar-follow-up-2026-03-15.ics` for one person, `mentor-radar-follow-ups-….ics` for all (UTC date of export). */
export function calendarFileName(exportedAt: number, count: 'one' | 'all'): string {
  const day = new Date(exportedAt).toISOString().slice(0, 10);
  return `mentor-radar-${count === 'one' ? 'follow-up' : 'follow-ups'}-${day}.ics`;
}
