import { describe, expect, it } from 'vitest';
import {
  addCustomSkill,
  getSettings,
  listCustomSkills,
  setMyProfile,
  setPreferences,
} from '../../utils/db/settings';
import { DEFAULT_MY_PROFILE, DEFAULT_PREFERENCES } from '../../utils/schemas/settings';
import { useTestDb } from '../support/db';

const getDb = useTestDb();

describe('settings', () => {
  it('starts from defaults and keeps what the user sets', async () => {
    const db = getDb();
    expect(await getSettings(db, 'en-US')).toEqual({ myProfile: DEFAULT_MY_PROFILE, preferences: DEFAULT_PREFERENCES });
    await setMyProfile(db, { ...DEFAULT_MY_PROFILE, name: 'Ada', careerStartYear: 1998, germanAddress: 'du' });
    const after = await setPreferences(db, { uiLanguage: 'de' });
    expect(after.myProfile).toMatchObject({ name: 'Ada', careerStartYear: 1998, germanAddress: 'du' });
    expect(after.preferences.uiLanguage).toBe('de');
  });

  it('writes drafts in the UI language until the user picks one', async () => {
    const db = getDb();
    expect((await getSettings(db, 'de-AT')).myProfile.outreachLanguage).toBe('de');
    expect((await getSettings(db, 'en-GB')).myProfile.outreachLanguage).toBe('en');
    await setPreferences(db, { uiLanguage: 'de' });
    expect((await getSettings(db, 'en-GB')).myProfile.outreachLanguage).toBe('de');
    await setMyProfile(db, { ...DEFAULT_MY_PROFILE, outreachLanguage: 'en' });
    expect((await getSettings(db, 'de-DE')).myProfile.outreachLanguage).toBe('en');
  });

  it('falls back to defaults for a stored value that no longer fits', async () => {
    const db = getDb();
    await db.settings.put({ key: 'preferences', value: { uiLanguage: 'klingon' } });
    expect((await getSettings(db)).preferences).toEqual(DEFAULT_PREFERENCES);
  });

  it('rejects an invalid profile without storing it', async () => {
    const db = getDb();
    await expect(setMyProfile(db, { ...DEFAULT_MY_PROFILE, careerStartYear: 1200 })).rejects.toThrow();
    expect(await db.settings.count()).toBe(0);
  });
});

describe('custom skills', () => {
  it('are stored once per id and listed by label', async () => {
    const db = getDb();
    await addCustomSkill(db, 'custom:obstbau', ' Obstbau ', 1);
    await addCustomSkill(db, 'custom:obstbau', 'Obstbau again', 2);
    await addCustomSkill(db, 'custom:beekeeping', 'Beekeeping', 3);
    expect((await listCustomSkills(db)).map((s) => s.label)).toEqual(['Beekeeping', 'Obstbau']);
  });
});
