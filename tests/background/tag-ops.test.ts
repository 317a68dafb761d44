import { describe, expect, it } from 'vitest';
import { applyTagOps, changeTags, updateContact } from '../../utils/background/contacts-service';
import { makeProfile } from '../support/profiles';
import { useTestDb } from '../support/db';

const getDb = useTestDb();
const KEY = 'linkedin:ada-example';

describe('tags change by add/remove operations', () => {
  it('applyTagOps: removes, then appends new ids once, keeping the existing order', () => {
    expect(applyTagOps(['sql', 'figma'], { add: ['tiktok', 'sql'], remove: ['figma'] })).toEqual(['sql', 'tiktok']);
    expect(applyTagOps([], { add: ['a', 'a'], remove: [] })).toEqual(['a']);
    expect(applyTagOps(['a'], { add: ['b'], remove: ['b'] })).toEqual(['a']);
  });

  it('two tabs tagging the same person at once: both tags are kept', async () => {
    const db = getDb();
    await changeTags(db, KEY, 'teachSkills', { add: ['sql'], remove: [] }, makeProfile(), 1000);
    // Both tabs show ['sql'] and each adds one tag; the writes interleave.
    await Promise.all([
      changeTags(db, KEY, 'teachSkills', { add: ['figma'], remove: [] }, makeProfile(), 2000),
      changeTags(db, KEY, 'teachSkills', { add: ['tiktok'], remove: [] }, makeProfile(), 2001),
    ]);
    expect(new Set((await db.contacts.get(KEY))!.teachSkills)).toEqual(new Set(['sql', 'figma', 'tiktok']));
  });

  it('a removal in one tab and an addition in another both take effect', async () => {
    const db = getDb();
    await changeTags(db, KEY, 'learnSkills', { add: ['sql', 'figma'], remove: [] }, makeProfile(), 1000);
    await Promise.all([
      changeTags(db, KEY, 'learnSkills', { add: [], remove: ['sql'] }, undefined, 2000),
      changeTags(db, KEY, 'learnSkills', { add: ['canva'], remove: [] }, undefined, 2001),
    ]);
    expect((await db.contacts.get(KEY))!.learnSkills.sort()).toEqual(['canva', 'figma']);
  });

  it('whole-list writes (the old way) lose a tag in the same race: what operations fix', async () => {
    const db = getDb();
    await changeTags(db, KEY, 'teachSkills', { add: ['sql'], remove: [] }, makeProfile(), 1000);
    await Promise.all([
      updateContact(db, KEY, { teachSkills: ['sql', 'figma'] }, undefined, 2000),
      updateContact(db, KEY, { teachSkills: ['sql', 'tiktok'] }, undefined, 2001),
    ]);
    expect((await db.contacts.get(KEY))!.teachSkills).toHaveLength(2);
  });

  it('a no-op change writes nothing', async () => {
    const db = getDb();
    const first = await changeTags(db, KEY, 'teachSkills', { add: ['sql'], remove: [] }, makeProfile(), 1000);
    const again = await changeTags(db, KEY, 'teachSkills', { add: ['sql'], remove: ['nope'] }, undefined, 5000);
    expect(again.updatedAt).toBe(first.updatedAt);
  });
});
