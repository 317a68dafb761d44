import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { recordOutreachCopied, saveContactFromProfile, updateContact } from '../../utils/background/contacts-service';
import { addNote, getTimeline } from '../../utils/background/timeline-service';
import { addGoal, exportFollowUps, logSession, removeGoal, setCadence, setGoalDone } from '../../utils/background/journey-service';
import { followUpAfter } from '../../utils/journey/cadence';
import { followUpUid } from '../../utils/journey/calendar';
import { dateInputToEpoch } from '../../utils/reminders/follow-up-date';
import { makeProfile } from '../support/profiles';
import { useTestDb } from '../support/db';

const getDb = useTestDb();
const KEY = 'linkedin:ada-example';
const DAY = 86_400_000;
const T = Date.UTC(2026, 2, 2, 14, 0);

describe('goals', () => {
  it('adding a goal to someone unsaved saves them; goals both ways can be marked done, reopened and removed', async () => {
    const db = getDb();
    const first = await addGoal(db, KEY, 'i-learn', ' Post my first short video ', makeProfile(), T);
    expect(first.goals).toMatchObject([{ direction: 'i-learn', text: 'Post my first short video', doneAt: null }]);
    const both = await addGoal(db, KEY, 'they-learn', 'Prepare a salary negotiation', undefined, T + 1);
    const theirs = both.goals[1]!;
    const done = await setGoalDone(db, KEY, theirs.id, true, T + 2);
    expect(done.goals[1]!.doneAt).toBe(T + 2);
    expect((await setGoalDone(db, KEY, theirs.id, false, T + 3)).goals[1]!.doneAt).toBeNull();
    const removed = await removeGoal(db, KEY, first.goals[0]!.id, T + 4);
    expect(removed.goals.map((g) => g.text)).toEqual(['Prepare a salary negotiation']);
    expect((await db.contacts.get(KEY))!.goals).toEqual(removed.goals);
  });

  it('refuses a duplicate or empty goal with a clear message and changes nothing', async () => {
    const db = getDb();
    await addGoal(db, KEY, 'i-learn', 'Post a video', makeProfile(), T);
    await expect(addGoal(db, KEY, 'i-learn', 'post a video', undefined, T + 1)).rejects.toThrow('already there');
    await expect(addGoal(db, KEY, 'i-learn', '  ', undefined, T + 1)).rejects.toThrow('cannot be empty');
    await expect(setGoalDone(db, KEY, 'missing', true, T + 1)).rejects.toThrow('no longer exists');
    expect((await db.contacts.get(KEY))!).toMatchObject({ updatedAt: T, goals: [{ text: 'Post a video' }] });
  });
});

describe('cadence', () => {
  it('choosing a cadence schedules the follow-up that many weeks ahead; none keeps the date', async () => {
    const db = getDb();
    const set = await setCadence(db, KEY, 4, makeProfile(), T);
    expect(set).toMatchObject({ cadenceWeeks: 4, followUpAt: followUpAfter(T, 4) });
    const timeline = await getTimeline(db, KEY);
    expect(timeline.map((e) => e.event)).toContain('follow-up-set');
    const none = await setCadence(db, KEY, 0, undefined, T + DAY);
    expect(none).toMatchObject({ cadenceWeeks: 0, followUpAt: followUpAfter(T, 4) });
  });

  it('a note, a copied draft and a status change move the follow-up; without a cadence nothing moves', async () => {
    const db = getDb();
    await saveContactFromProfile(db, makeProfile(), T);
    await addNote(db, KEY, 'hello', undefined, T + DAY);
    expect((await db.contacts.get(KEY))!.followUpAt).toBeNull();

    await setCadence(db, KEY, 2, undefined, T);
    await addNote(db, KEY, 'we spoke', undefined, T + 3 * DAY);
    expect((await db.contacts.get(KEY))!.followUpAt).toBe(followUpAfter(T + 3 * DAY, 2));
    await recordOutreachCopied(db, KEY, 'message', undefined, T + 5 * DAY);
    expect((await db.contacts.get(KEY))!.followUpAt).toBe(followUpAfter(T + 5 * DAY, 2));
    await updateContact(db, KEY, { status: 'conversation' }, undefined, T + 6 * DAY);
    expect((await db.contacts.get(KEY))!.followUpAt).toBe(followUpAfter(T + 6 * DAY, 2));
    // A date the user picks together with a status change wins over the cadence.
    await updateContact(db, KEY, { status: 'paused', followUpAt: T + 90 * DAY }, undefined, T + 7 * DAY);
    expect((await db.contacts.get(KEY))!.followUpAt).toBe(T + 90 * DAY);
  });
});

describe('logSession', () => {
  it('records a session event with its details, moves an earlier stage to mentoring and the follow-up from the session day', async () => {
    const db = getDb();
    await setCadence(db, KEY, 8, makeProfile(), T);
    const entry = await logSession(
      db,
      KEY,
      { date: '2026-03-10', notes: ' First coffee ', iLearned: 'Short videos need a hook', theyLearned: '' },
      undefined,
      T + 10 * DAY,
    );
    expect(entry).toMatchObject({ kind: 'event', event: 'session', text: 'First coffee', session: { date: '2026-03-10', notes: 'First coffee' } });
    const contact = (await db.contacts.get(KEY))!;
    expect(contact.status).toBe('mentoring');
    expect(contact.followUpAt).toBe(followUpAfter(dateInputToEpoch('2026-03-10')!, 8));
    const events = (await getTimeline(db, KEY)).map((e) => e.event);
    expect(events.slice(0, 2)).toEqual(['status-changed', 'session']);
  });

  it('keeps a paused pair paused and refuses an impossible date', async () => {
    const db = getDb();
    await updateContact(db, KEY, { status: 'paused' }, makeProfile(), T);
    await logSession(db, KEY, { date: '2026-03-01', notes: '', iLearned: '', theyLearned: '' }, undefined, T + DAY);
    expect((await db.contacts.get(KEY))!.status).toBe('paused');
    await expect(logSession(db, KEY, { date: '2026-02-31', notes: '', iLearned: '', theyLearned: '' }, undefined, T)).rejects.toThrow(
      'not a date',
    );
  });
});

describe('exportFollowUps', () => {
  it('one contact: its next follow-up with name, link and open goals; all: every upcoming one, past ones left out', async () => {
    const db = getDb();
    await setCadence(db, KEY, 2, makeProfile(), T);
    await addGoal(db, KEY, 'they-learn', 'Prepare a salary negotiation', undefined, T);
    const other = makeProfile({ key: 'linkedin:bo-past', url: 'https://www.linkedin.com/in/bo-past/', name: 'Bo Past' });
    await updateContact(db, other.key, { followUpAt: T - 3 * DAY }, other, T);
    const third = makeProfile({ key: 'xing:cy_later', url: 'https://www.xing.com/profile/Cy_Later', platform: 'xing', name: 'Cy Later' });
    await updateContact(db, third.key, { followUpAt: T + 40 * DAY }, third, T);

    const one = await exportFollowUps(db, KEY, 'en', T + 1000);
    if (!one.ok) throw new Error(one.problem);
    expect(one).toMatchObject({ count: 1, fileName: 'mentor-radar-follow-up-2026-03-02.ics' });
    const [event] = new ICAL.Component(ICAL.parse(one.text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(event!.summary).toBe('Follow up with Ada Example');
    expect(event!.uid).toBe(followUpUid(KEY));
    expect(event!.description).toContain('https://www.linkedin.com/in/ada-example/');
    expect(event!.description).toContain('Prepare a salary negotiation');

    const all = await exportFollowUps(db, undefined, 'de', T + 1000);
    if (!all.ok) throw new Error(all.problem);
    const events = new ICAL.Component(ICAL.parse(all.text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual(['Bei Ada Example melden', 'Bei Cy Later melden']);
    expect(all.count).toBe(2);
  });

  it('nothing planned is reported, not written', async () => {
    const db = getDb();
    await saveContactFromProfile(db, makeProfile(), T);
    expect(await exportFollowUps(db, KEY, 'en', T)).toEqual({ ok: false, problem: 'nothing-planned' });
    expect(await exportFollowUps(db, undefined, 'en', T)).toEqual({ ok: false, problem: 'nothing-planned' });
  });
});
