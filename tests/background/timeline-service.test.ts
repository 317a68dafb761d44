import { describe, expect, it } from 'vitest';
import { saveContactFromProfile } from '../../utils/background/contacts-service';
import { addNote, deleteNote, editNote, getTimeline, restoreNote } from '../../utils/background/timeline-service';
import { makeProfile } from '../support/profiles';
import { useTestDb } from '../support/db';

const getDb = useTestDb();
const KEY = 'linkedin:ada-example';

describe('notes timeline', () => {
  it('adding a note to someone unsaved saves them first; the timeline is newest first', async () => {
    const db = getDb();
    await addNote(db, KEY, 'Met at the meetup.\nAsked about Power BI.', makeProfile(), 1000);
    await addNote(db, KEY, 'Follow up in March', undefined, 2000);
    const timeline = await getTimeline(db, KEY);
    expect(timeline.map((e) => e.kind === 'note' ? e.text : e.event)).toEqual([
      'Follow up in March',
      'Met at the meetup.\nAsked about Power BI.',
      'saved',
    ]);
    expect((await db.contacts.get(KEY))?.updatedAt).toBe(2000);
  });

  it('keeps hostile and long text exactly as typed', async () => {
    const db = getDb();
    await saveContactFromProfile(db, makeProfile(), 1);
    const texts = ['<img src=x onerror=alert(1)>', 'שלום 👋🏽 مرحبا', 'x'.repeat(10_000)];
    for (const [i, text] of texts.entries()) await addNote(db, KEY, text, undefined, 10 + i);
    const notes = (await getTimeline(db, KEY)).filter((e) => e.kind === 'note').map((e) => e.text);
    expect(notes).toEqual([...texts].reverse());
  });

  it('rejects an empty note', async () => {
    await expect(addNote(getDb(), KEY, '  \n ', makeProfile(), 1)).rejects.toThrow(/empty/);
  });

  it('edits, deletes and restores (undo) a note', async () => {
    const db = getDb();
    const note = await addNote(db, KEY, 'first', makeProfile(), 1000);
    const edited = await editNote(db, note.id, 'first, corrected', 2000);
    expect(edited).toMatchObject({ text: 'first, corrected', createdAt: 1000, updatedAt: 2000 });
    const removed = await deleteNote(db, note.id);
    expect((await getTimeline(db, KEY)).some((e) => e.id === note.id)).toBe(false);
    await restoreNote(db, removed);
    expect((await getTimeline(db, KEY)).find((e) => e.id === note.id)?.text).toBe('first, corrected');
  });

  it('will not delete or edit events', async () => {
    const db = getDb();
    await saveContactFromProfile(db, makeProfile(), 1);
    const [saved] = await getTimeline(db, KEY);
    await expect(deleteNote(db, saved!.id)).rejects.toThrow(/no longer exists/);
    await expect(editNote(db, saved!.id, 'x', 2)).rejects.toThrow(/no longer exists/);
  });
});
