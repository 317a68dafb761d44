import { describe, expect, it } from 'vitest';
import { newContact, saveContactFromProfile } from '../../utils/background/contacts-service';
import { addNote, deleteNote, editNote, getTimeline, importedEvent, restoreNote } from '../../utils/background/timeline-service';
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

describe('imported contacts', () => {
  it('show one derived "imported" event, oldest, without a stored record', async () => {
    const db = getDb();
    const contact = newContact(makeProfile(), 500);
    await db.contacts.add({ ...contact, source: 'import', connectedOn: '2023-03-15' });
    await addNote(db, KEY, 'Met again', undefined, 900);
    const timeline = await getTimeline(db, KEY);
    expect(timeline.map((e) => e.event ?? e.text)).toEqual(['Met again', 'imported']);
    expect(timeline[1]).toMatchObject({ contactKey: KEY, kind: 'event', createdAt: 500 });
    expect((await db.timeline.toArray()).some((e) => e.event === 'imported')).toBe(false);
  });

  it('do not show it twice when an older version stored the event', async () => {
    const db = getDb();
    const contact = { ...newContact(makeProfile(), 500), source: 'import' as const };
    await db.contacts.add(contact);
    await db.timeline.add({ ...importedEvent(contact)!, id: 'stored-1' });
    expect((await getTimeline(db, KEY)).filter((e) => e.event === 'imported').map((e) => e.id)).toEqual(['stored-1']);
  });

  it('contacts saved from the sidebar have no imported event', async () => {
    const db = getDb();
    await saveContactFromProfile(db, makeProfile(), 1);
    expect((await getTimeline(db, KEY)).map((e) => e.event)).toEqual(['saved']);
  });
});
