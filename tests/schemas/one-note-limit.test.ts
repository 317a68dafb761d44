import { describe, expect, it } from 'vitest';
import { messageDefinitions } from '../../utils/messaging/protocol';
import { TimelineEntrySchema } from '../../utils/schemas/contact';
import { noteProblem } from '../../utils/sidebar/timeline';

const MESSAGES = messageDefinitions();

const note = (text: string) => ({
  id: 'n1',
  contactKey: 'linkedin:anna',
  kind: 'note' as const,
  text,
  event: null,
  createdAt: 1000,
  updatedAt: 1000,
});

/** The longest note the stored schema takes, found by asking it (not by reading the constant). */
function storedLimit(): number {
  let low = 0;
  let high = 10_000_000;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (TimelineEntrySchema.safeParse(note('a'.repeat(mid))).success) low = mid;
    else high = mid - 1;
  }
  return low;
}

describe('one note length limit: the editor, the message map and the database agree', () => {
  const limit = storedLimit();

  it('is a real bound: long notes fit, a runaway paste does not', () => {
    expect(limit).toBeGreaterThanOrEqual(10_000);
    expect(limit).toBeLessThan(10_000_000);
  });

  it('the longest note the database stores passes the editor and every note message', () => {
    const longest = 'a'.repeat(limit);
    expect(noteProblem(longest)).toBeNull();
    expect(MESSAGES.addNote.input.safeParse({ key: 'linkedin:anna', text: longest }).success).toBe(true);
    expect(MESSAGES.editNote.input.safeParse({ id: 'n1', text: longest }).success).toBe(true);
    expect(MESSAGES.saveNoteDraft.input.safeParse({ tabId: 1, key: 'linkedin:anna', text: longest }).success).toBe(true);
  });

  it('one character more is refused by the editor (with a message) and by every note message', () => {
    const tooLong = 'a'.repeat(limit + 1);
    expect(noteProblem(tooLong)).toBe('tooLong');
    expect(MESSAGES.addNote.input.safeParse({ key: 'linkedin:anna', text: tooLong }).success).toBe(false);
    expect(MESSAGES.editNote.input.safeParse({ id: 'n1', text: tooLong }).success).toBe(false);
    expect(MESSAGES.saveNoteDraft.input.safeParse({ tabId: 1, key: 'linkedin:anna', text: tooLong }).success).toBe(false);
  });
});
