import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarFileName, followUpCalendar, followUpUid, sequenceAt, type FollowUpEntry } from '../../utils/journey/calendar';

const EXPORTED = Date.UTC(2026, 2, 1, 10, 30);
const ADA: FollowUpEntry = {
  contactKey: 'linkedin:ada-okafor',
  name: 'Ada Okafor',
  url: 'https://www.linkedin.com/in/ada-okafor/',
  followUpAt: Date.UTC(2026, 2, 15, 8, 0),
  openGoals: ['Post my first short video', 'Prepare a salary negotiation'],
};
const ELODIE: FollowUpEntry = {
  contactKey: 'xing:Élodie_Marchand, Jr.;2',
  name: 'Élodie Marchand, Jr.; "Lo"',
  url: 'https://www.xing.com/profile/%C3%89lodie_Marchand2',
  followUpAt: Date.UTC(2026, 1, 2, 8, 0),
};

function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  return component.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

function textOf(result: ReturnType<typeof followUpCalendar>): string {
  if (!result.ok) throw new Error(result.problem);
  return result.text;
}

describe('followUpCalendar', () => {
  it('parses back with ical.js: one event per follow-up, earliest first, name, time, link and goals kept', () => {
    const text = textOf(followUpCalendar([ADA, ELODIE], 'en', EXPORTED));
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const events = parse(text);
    expect(events.map((e) => e.summary)).toEqual(['Follow up with Élodie Marchand, Jr.; "Lo"', 'Follow up with Ada Okafor']);
    expect(events.map((e) => e.startDate.toJSDate().getTime())).toEqual([ELODIE.followUpAt, ADA.followUpAt]);
    expect(events.map((e) => e.endDate.toJSDate().getTime() - e.startDate.toJSDate().getTime())).toEqual([30 * 60_000, 30 * 60_000]);
    expect(events[1]!.description).toBe(`${ADA.url}\n\nOpen goals:\n- Post my first short video\n- Prepare a salary negotiation`);
    expect(events[0]!.description).toBe(ELODIE.url);
    expect(events.map((e) => e.uid)).toEqual([followUpUid(ELODIE.contactKey), followUpUid(ADA.contactKey)]);
    expect(events.map((e) => e.sequence)).toEqual([sequenceAt(EXPORTED), sequenceAt(EXPORTED)]);
  });

  it('writes RFC 5545 lines: CRLF endings, no line over 75 octets, required calendar properties', () => {
    const text = textOf(followUpCalendar([{ ...ADA, openGoals: ['x'.repeat(180), 'ü'.repeat(90)] }], 'de', EXPORTED));
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    for (const line of lines) {
      expect(line.includes('\n')).toBe(false);
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
    for (const property of ['VERSION:2.0', 'PRODID:', 'BEGIN:VEVENT', 'DTSTAMP:20260301T103000Z', 'DTSTART:20260315T080000Z']) {
      expect(text).toContain(property);
    }
    const [event] = parse(text);
    expect(event!.summary).toBe('Bei Ada Okafor melden');
    // Folding by octets never splits a character: the goals come back whole.
    expect(event!.description).toBe(`${ADA.url}\n\nOffene Ziele:\n- ${'x'.repeat(180)}\n- ${'ü'.repeat(90)}`);
  });

  it('a later export of the same contact keeps the UID and raises SEQUENCE, so calendars update the event', () => {
    const first = parse(textOf(followUpCalendar([ADA], 'en', EXPORTED)))[0]!;
    const later = parse(textOf(followUpCalendar([{ ...ADA, followUpAt: ADA.followUpAt + 7 * 86_400_000 }], 'en', EXPORTED + 3_600_000)))[0]!;
    expect(later.uid).toBe(first.uid);
    expect(later.sequence).toBeGreaterThan(first.sequence);
    expect(later.sequence).toBeLessThan(2 ** 31);
  });

  it('nothing planned is a clear problem, not an empty file', () => {
    expect(followUpCalendar([], 'en', EXPORTED)).toEqual({ ok: false, problem: 'nothing-planned' });
  });
});

describe('followUpUid', () => {
  it('is stable and differs for every pair of distinct keys, even ones that differ only in escaped characters', () => {
    const keys = ['linkedin:a-b', 'linkedin:a%2Db', 'linkedin:a:b', 'linkedin:a%3Ab', 'xing:a-b', 'linkedin:A-b', 'linkedin:é', 'linkedin:e\u0301'];
    const uids = keys.map(followUpUid);
    expect(new Set(uids).size).toBe(keys.length);
    expect(keys.map(followUpUid)).toEqual(uids);
    for (const uid of uids) expect(uid).toMatch(/^[A-Za-z0-9%._~!'()*@-]+$/);
  });
});

describe('calendarFileName', () => {
  it('names one and all follow-ups with the export day', () => {
    expect(calendarFileName(EXPORTED, 'one')).toBe('mentor-radar-follow-up-2026-03-01.ics');
    expect(calendarFileName(EXPORTED, 'all')).toBe('mentor-radar-follow-ups-2026-03-01.ics');
  });
});
