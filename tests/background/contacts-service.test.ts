import { describe, expect, it } from 'vitest';
import {
  listContacts,
  saveContactFromProfile,
  setContactStatus,
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

describe('setContactStatus', () => {
  it('moves the status, stamps when, and adds a timeline event', async () => {
    const db = getDb();
    await saveContactFromProfile(db, makeProfile(), 1000);
    const contact = await setContactStatus(db, 'linkedin:ada-example', 'contacted', 5000);
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
    await setContactStatus(db, 'linkedin:ada-example', 'idea', 5000);
    expect(await db.timeline.count()).toBe(1);
  });

  it('fails clearly for an unknown contact', async () => {
    await expect(setContactStatus(getDb(), 'linkedin:nobody', 'contacted', 1)).rejects.toThrow(/No saved contact/);
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
