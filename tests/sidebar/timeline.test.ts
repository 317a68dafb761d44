import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../utils/schemas/contact';
import {
  NOTE_MAX_LENGTH,
  describeEvent,
  formatEntryDate,
  noteProblem,
  notePreview,
  wasEdited,
} from '../../utils/sidebar/timeline';
import { orderTimeline } from '../../utils/background/timeline-service';

let next = 0;
function entry(partial: Partial<TimelineEntry>): TimelineEntry {
  return {
    id: `e${next++}`,
    contactKey: 'linkedin:anna',
    kind: 'note',
    text: 'x',
    event: null,
    createdAt: 1000,
    updatedAt: 1000,
    ...partial,
  };
}

describe('noteProblem', () => {
  it('rejects empty and whitespace-only notes', () => {
    expect(noteProblem('')).toBe('empty');
    expect(noteProblem(' \n\t ')).toBe('empty');
  });
  it('accepts 10,000 characters, emoji, RTL and HTML-looking text', () => {
    expect(noteProblem('a'.repeat(10_000))).toBeNull();
    expect(noteProblem('שלום 👩‍💻 <b>x</b>')).toBeNull();
  });
  it('rejects text over the limit', () => {
    expect(noteProblem('a'.repeat(NOTE_MAX_LENGTH))).toBeNull();
    expect(noteProblem('a'.repeat(NOTE_MAX_LENGTH + 1))).toBe('tooLong');
  });
});

describe('orderTimeline', () => {
  it('puts the newest first without changing the input', () => {
    const a = entry({ createdAt: 1 });
    const b = entry({ createdAt: 3 });
    const c = entry({ createdAt: 2 });
    const input = [a, b, c];
    expect(orderTimeline(input).map((e) => e.id)).toEqual([b.id, c.id, a.id]);
    expect(input).toEqual([a, b, c]);
  });
  it('shows "saved" as the oldest of entries made in the same millisecond', () => {
    const saved = entry({ kind: 'event', event: 'saved', text: '', createdAt: 5 });
    const note = entry({ createdAt: 5 });
    expect(orderTimeline([saved, note]).map((e) => e.id)).toEqual([note.id, saved.id]);
    expect(orderTimeline([note, saved]).map((e) => e.id)).toEqual([note.id, saved.id]);
  });
});

describe('wasEdited', () => {
  it('marks notes changed a second or more after writing', () => {
    expect(wasEdited(entry({ createdAt: 1000, updatedAt: 1500 }))).toBe(false);
    expect(wasEdited(entry({ createdAt: 1000, updatedAt: 2000 }))).toBe(true);
    expect(wasEdited(entry({ kind: 'event', event: 'saved', createdAt: 1000, updatedAt: 9000 }))).toBe(false);
  });
});

describe('notePreview', () => {
  it('keeps short notes whole', () => {
    expect(notePreview('short', 10)).toEqual({ text: 'short', truncated: false });
  });
  it('cuts long notes with an ellipsis', () => {
    const result = notePreview('a'.repeat(50), 10);
    expect(result.truncated).toBe(true);
    expect(result.text).toBe(`${'a'.repeat(10)}…`);
  });
  it('never splits an emoji', () => {
    const text = `${'a'.repeat(9)}😀${'b'.repeat(10)}`;
    const { text: cut } = notePreview(text, 10);
    expect(cut).toBe(`${'a'.repeat(9)}…`);
    expect(cut.isWellFormed?.() ?? true).toBe(true);
  });
});

describe('describeEvent', () => {
  it('names statuses by their message key', () => {
    const d = describeEvent(entry({ kind: 'event', event: 'status-changed', text: 'conversation' }), 'en');
    expect(d).toEqual({ key: 'sb_eventStatusChanged', args: [{ messageKey: 'status_conversation' }] });
  });
  it('formats a follow-up date in the UI language', () => {
    const at = new Date(2026, 2, 13, 9).toISOString();
    const en = describeEvent(entry({ kind: 'event', event: 'follow-up-set', text: at }), 'en');
    const de = describeEvent(entry({ kind: 'event', event: 'follow-up-set', text: at }), 'de');
    expect(en.key).toBe('sb_eventFollowUpSet');
    expect(String(en.args[0])).toMatch(/13 Mar 2026/);
    expect(String(de.args[0])).toMatch(/13\. März 2026/);
  });
  it('covers the other events', () => {
    expect(describeEvent(entry({ kind: 'event', event: 'saved' }), 'en').key).toBe('sb_eventSaved');
    expect(describeEvent(entry({ kind: 'event', event: 'outreach-copied' }), 'en').key).toBe('sb_eventOutreachCopied');
    expect(describeEvent(entry({ kind: 'event', event: 'imported' }), 'de').key).toBe('sb_eventImported');
  });
});

describe('formatEntryDate', () => {
  it('shows day, month, year and time per language', () => {
    const ms = new Date(2026, 2, 12, 14, 5).getTime();
    expect(formatEntryDate(ms, 'en')).toMatch(/12 Mar 2026.*14:05/);
    expect(formatEntryDate(ms, 'de')).toMatch(/12\.03\.2026.*14:05/);
  });
});
