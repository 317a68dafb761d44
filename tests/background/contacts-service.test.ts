import { getTimeline } from '../../utils/background/timeline-service';
import { describe, expect, it } from 'vitest';
import {
  listContacts,
  saveContactFromProfile,
  recordOutreachCopied,
  updateContact,
} from '../../utils/background/contacts-service';
import { makeProfile } from '../support/profiles';
import { useTestDb } from '../support/db';

const getDb = useTestDb();

describe('saveContactFromProfile', () => {
  it('creates a contact as an idea, copies the profile fields, and records a "saved" event', async () => {
    const db = getDb();
    const contact = await saveContactFromProfile(db, makeProfile(), 1000);
    expect(contact).toMatchObject({
      key: 'linkedin:ada-example',
      name: 'Ada Example',
      currentRole: 'Head of Data',
      currentCompany: 'Example GmbH',
      careerStartYear: 2001,
      status: 'idea',
      teachSkills: [],
      createdAt: 1000,
      source: 'sidebar',
    });
    const events = await db.timeline.where('contactKey').equals(contact.key).toArray();
    expect(events.map((e) => e.event)).toEqual(['saved']);
  });

  it('refreshes profile fields of a saved contact but keeps its tags, status and history', async () => {
    const db = getDb();
    await saveContactFromProfile(db, makeProfile(), 1000);
    await db.contacts.update('linkedin:ada-example', { teachSkills: ['sql'], status: 'mentoring' });
    const updated = await saveContactFromProfile(
      db,
      makeProfile({ headline: 'Chief Data Officer', currentRole: 'CDO' }),
      2000,
    );
    expect(updated).toMatchObject({
      headline: 'Chief Data Officer',
      currentRole: 'CDO',
      teachSkills: ['sql'],
      status: 'mentoring',
      createdAt: 1000,
      updatedAt: 2000,
    });
    expect(await db.contacts.count()).toBe(1);
    expect(await db.timeline.count()).toBe(1);
  });
});

describe('updateContact', () => {
  it('moves the status, stamps when, and adds a timeline event', async () => {
    const db = getDb();
    await saveContactFromProfile(db, makeProfile(), 1000);
    const contact = await updateContact(db, 'linkedin:ada-example', { status: 'contacted' }, undefined, 5000);
    expect(contact.status).toBe('contacted');
    expect(contact.statusChangedAt).toBe(5000);
    const events = await db.timeline.orderBy('createdAt').toArray();
    expect(events.map((e) => [e.event, e.text])).toEqual([
      ['saved', ''],
      ['status-changed', 'contacted'],
    ]);
  });

  it('does nothing when the status is unchanged', async () => {
    const db = getDb();
    await saveContactFromProfile(db, makeProfile(), 1000);
    await updateContact(db, 'linkedin:ada-example', { status: 'idea' }, undefined, 5000);
    expect(await db.timeline.count()).toBe(1);
  });

  it('fails clearly for an unknown contact', async () => {
    await expect(updateContact(getDb(), 'linkedin:nobody', { status: 'contacted' }, undefined, 1)).rejects.toThrow(
      /No saved contact/,
    );
  });
});

describe('updateContact creating and tagging', () => {
  it('creates the contact from the profile the first time the user tags someone', async () => {
    const db = getDb();
    expect(await db.contacts.count()).toBe(0);
    const contact = await updateContact(
      db,
      'linkedin:ada-example',
      { teachSkills: ['sql', 'python', 'sql'], learnSkills: ['public-speaking'] },
      makeProfile(),
      1000,
    );
    expect(contact).toMatchObject({ teachSkills: ['sql', 'python'], learnSkills: ['public-speaking'], status: 'idea' });
    expect((await db.timeline.toArray()).map((e) => e.event)).toEqual(['saved']);
  });

  it('refuses a profile of another person', async () => {
    await expect(
      updateContact(getDb(), 'linkedin:someone-else', { status: 'contacted' }, makeProfile(), 1),
    ).rejects.toThrow(/No saved contact/);
  });

  it('records a follow-up date in the timeline, but not its removal', async () => {
    const db = getDb();
    await saveContactFromProfile(db, makeProfile(), 1000);
    await updateContact(db, 'linkedin:ada-example', { followUpAt: Date.UTC(2026, 11, 1) }, undefined, 2000);
    await updateContact(db, 'linkedin:ada-example', { followUpAt: null }, undefined, 3000);
    const events = await db.timeline.orderBy('createdAt').toArray();
    expect(events.map((e) => [e.event, e.text])).toEqual([
      ['saved', ''],
      ['follow-up-set', '2026-12-01T00:00:00.000Z'],
    ]);
    expect((await db.contacts.get('linkedin:ada-example'))?.followUpAt).toBeNull();
  });
});

describe('recordOutreachCopied', () => {
  it('records the copy and moves an idea to contacted', async () => {
    const db = getDb();
    const contact = await recordOutreachCopied(db, 'linkedin:ada-example', 'connection-note · warm', makeProfile(), 1000);
    expect(contact.status).toBe('contacted');
    // All three happen in the same millisecond: "saved" is the oldest, the other two have no order.
    const events = await getTimeline(db, 'linkedin:ada-example');
    expect(events.at(-1)?.event).toBe('saved');
    expect(new Set(events.map((e) => e.event))).toEqual(new Set(['saved', 'outreach-copied', 'status-changed']));
  });

  it('leaves a later status alone', async () => {
    const db = getDb();
    await saveContactFromProfile(db, makeProfile(), 1000);
    await updateContact(db, 'linkedin:ada-example', { status: 'mentoring' }, undefined, 2000);
    const contact = await recordOutreachCopied(db, 'linkedin:ada-example', 'message · formal', undefined, 3000);
    expect(contact.status).toBe('mentoring');
  });
});

describe('listContacts', () => {
  it('lists the most recently updated first', async () => {
    const db = getDb();
    await saveContactFromProfile(db, makeProfile({ key: 'linkedin:a', name: 'A' }), 1000);
    await saveContactFromProfile(db, makeProfile({ key: 'linkedin:b', name: 'B' }), 3000);
    await saveContactFromProfile(db, makeProfile({ key: 'linkedin:c', name: 'C' }), 2000);
    expect((await listContacts(db)).map((c) => c.name)).toEqual(['B', 'C', 'A']);
  });
});

describe('refreshSavedProfile (opening a saved person refreshes what is stored)', () => {
  it('replaces an imported title estimate with the real profile, keeping tags and status', async () => {
    const { refreshSavedProfile } = await import('../../utils/background/contacts-service');
    const db = getDb();
    await db.contacts.put({
      ...(await saveContactFromProfile(db, makeProfile(), 1000)),
      profile: null,
      careerStartYear: null,
      currentRole: 'Werkstudentin',
      teachSkills: ['sql'],
      status: 'mentoring',
      source: 'import',
    });
    const refreshed = await refreshSavedProfile(db, makeProfile({ currentRole: 'Data Scientist' }), 5000);
    expect(refreshed).toMatchObject({ currentRole: 'Data Scientist', careerStartYear: 2001, teachSkills: ['sql'], status: 'mentoring', updatedAt: 5000 });
    expect(refreshed?.profile?.careerStart).toEqual({ year: 2001, source: 'experience' });
  });

  it('writes nothing for people not saved or when nothing changed', async () => {
    const { refreshSavedProfile } = await import('../../utils/background/contacts-service');
    const db = getDb();
    expect(await refreshSavedProfile(db, makeProfile(), 5000)).toBeNull();
    await saveContactFromProfile(db, makeProfile(), 1000);
    expect(await refreshSavedProfile(db, makeProfile(), 5000)).toBeNull();
  });

  it('keeps fields a thinner page no longer shows', async () => {
    const { refreshSavedProfile } = await import('../../utils/background/contacts-service');
    const db = getDb();
    await saveContactFromProfile(db, makeProfile(), 1000);
    const refreshed = await refreshSavedProfile(db, makeProfile({ headline: null, location: null, careerStart: null }), 5000);
    expect(refreshed).toMatchObject({ headline: 'Head of Data at Example GmbH', location: 'Köln, Deutschland', careerStartYear: 2001 });
  });
});
