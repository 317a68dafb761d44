import { describe, expect, it } from 'vitest';
import {
  isBuried,
  mergeContact,
  mergeGoals,
  mergeMyProfile,
  mergePreferences,
  mergeTimelineEntry,
  mergeTombstones,
} from '../../utils/data/merge-rules';
import { MAX_GOALS, type Goal } from '../../utils/schemas/journey';
import { ContactSchema } from '../../utils/schemas/contact';
import { DEFAULT_MY_PROFILE, DEFAULT_PREFERENCES, MAX_TOMBSTONES, type MyProfile } from '../../utils/schemas/settings';
import { makeProfile } from '../support/profiles';
import { contact, note, T0 } from './helpers';

const goal = (id: string, text: string, doneAt: number | null = null): Goal => ({
  id,
  direction: 'i-learn',
  text,
  doneAt,
  createdAt: T0,
});

describe('merge rules: the mentoring journey (goals, cadence)', () => {
  const saved = contact({ key: 'linkedin:ada', updatedAt: T0 + 10, goals: [goal('g1', 'Post a video')], cadenceWeeks: 4 });

  it('goals of both copies are kept: a goal added on the other device comes over, none is lost', () => {
    const incoming = { ...saved, updatedAt: T0 + 5, goals: [goal('g2', 'Negotiate a salary')] };
    expect(mergeContact(saved, incoming).goals.map((g) => g.id)).toEqual(['g1', 'g2']);
    expect(mergeContact(incoming, saved).goals.map((g) => g.id)).toEqual(['g2', 'g1']);
  });

  it('a goal on both sides follows the later edited copy (a tick set there), a tie keeps the saved one', () => {
    const ticked = { ...saved, updatedAt: T0 + 20, goals: [goal('g1', 'Post a video', T0 + 20)] };
    expect(mergeContact(saved, ticked).goals[0]!.doneAt).toBe(T0 + 20);
    expect(mergeContact(ticked, { ...saved, updatedAt: T0 + 15 }).goals[0]!.doneAt).toBe(T0 + 20);
    expect(mergeContact(saved, { ...ticked, updatedAt: saved.updatedAt }).goals[0]!.doneAt).toBeNull();
  });

  it('never goes over the goal cap, so the merged contact still passes the schema', () => {
    const many = (prefix: string) => Array.from({ length: MAX_GOALS }, (_, i) => goal(`${prefix}${i}`, `Goal ${prefix}${i}`));
    const merged = mergeGoals(many('a'), many('b'), false);
    expect(merged).toHaveLength(MAX_GOALS);
    expect(merged[0]!.id).toBe('a0');
    const contactMerged = mergeContact({ ...saved, goals: many('a') }, { ...saved, updatedAt: T0 + 11, goals: many('b') });
    expect(ContactSchema.safeParse(contactMerged).success).toBe(true);
  });

  it('the cadence follows the later edited copy; a tie keeps what is saved here', () => {
    expect(mergeContact(saved, { ...saved, cadenceWeeks: 12, updatedAt: T0 + 11 }).cadenceWeeks).toBe(12);
    expect(mergeContact(saved, { ...saved, cadenceWeeks: 12, updatedAt: T0 + 9 }).cadenceWeeks).toBe(4);
    expect(mergeContact(saved, { ...saved, cadenceWeeks: 12 })).toBe(saved);
  });
});

describe('merge rules: which copy of a contact wins, field by field', () => {
  const saved = contact({
    key: 'linkedin:ada',
    name: 'Ada Here',
    headline: 'Head of Data',
    direction: 'i-mentor-them',
    followUpAt: T0 + 100,
    updatedAt: T0 + 10,
    connectedOn: '2019-05-01',
  });

  it('the later edited copy brings its follow-up date and direction (also when it cleared them)', () => {
    const later = { ...saved, direction: null, followUpAt: null, updatedAt: T0 + 11 };
    expect(mergeContact(saved, later)).toMatchObject({ direction: null, followUpAt: null, updatedAt: T0 + 11 });
    expect(mergeContact(later, saved)).toMatchObject({ direction: null, followUpAt: null, updatedAt: T0 + 11 });
  });

  it('profile fields move together with the later copy when neither or both have a snapshot', () => {
    const later = { ...saved, name: 'Ada There', headline: 'CTO', location: 'Hamburg', currentRole: 'CTO', currentCompany: 'Analytical', careerStartYear: 2001, updatedAt: T0 + 20 };
    expect(mergeContact(saved, later)).toMatchObject({ name: 'Ada There', headline: 'CTO', location: 'Hamburg', currentRole: 'CTO', currentCompany: 'Analytical', careerStartYear: 2001 });
    expect(mergeContact(later, saved)).toMatchObject({ name: 'Ada There', headline: 'CTO', careerStartYear: 2001 });
    const profile = makeProfile({ key: 'linkedin:ada', url: 'https://www.linkedin.com/in/ada/', name: 'Ada Page' });
    const both = mergeContact({ ...saved, profile }, { ...later, profile: { ...profile, name: 'Ada Page Later' } });
    expect(both.profile?.name).toBe('Ada Page Later');
  });

  it('a saved snapshot is not replaced by a newer bare import row', () => {
    const profile = makeProfile({ key: 'linkedin:ada', url: 'https://www.linkedin.com/in/ada/', name: 'Ada Page' });
    const merged = mergeContact({ ...saved, name: 'Ada Page', profile }, { ...saved, name: 'Ada CSV', updatedAt: T0 + 99 });
    expect(merged).toMatchObject({ name: 'Ada Page', profile });
  });

  it('connected-on stays once known here, and is taken from the backup when unknown here', () => {
    expect(mergeContact(saved, { ...saved, connectedOn: '2021-01-01', updatedAt: T0 + 50 }).connectedOn).toBe('2019-05-01');
    expect(mergeContact({ ...saved, connectedOn: null }, { ...saved, connectedOn: '2021-01-01' }).connectedOn).toBe('2021-01-01');
  });
});

describe('merge rules: notes and tombstones', () => {
  it('a later edit with the same text changes nothing (the saved entry itself comes back)', () => {
    const mine = note('n', 'linkedin:ada', 'same', T0);
    expect(mergeTimelineEntry(mine, { ...mine, updatedAt: T0 + 5 })).toBe(mine);
    const theirs = { ...mine, text: 'other', updatedAt: T0 + 5 };
    expect(mergeTimelineEntry(mine, theirs)).toBe(theirs);
    expect(mergeTimelineEntry(mine, { ...theirs, updatedAt: T0 })).toBe(mine);
  });

  it('an event is never replaced, not even by a note with the same id edited later', () => {
    const event = { ...note('e', 'linkedin:ada', 'saved', T0), kind: 'event' as const, event: 'saved' as const };
    expect(mergeTimelineEntry(event, note('e', 'linkedin:ada', 'planted', T0 + 9))).toBe(event);
    const mine = note('n', 'linkedin:ada', 'mine', T0);
    expect(mergeTimelineEntry(mine, { ...event, id: 'n', updatedAt: T0 + 9 })).toBe(mine);
  });

  it('a note edited exactly when it was deleted stays deleted; a note never deleted is never buried', () => {
    const tombs = new Map([['n', T0 + 5]]);
    expect(isBuried(note('n', 'k', 'x', T0 + 5), tombs)).toBe(true);
    expect(isBuried(note('other', 'k', 'x', T0), tombs)).toBe(false);
  });

  it('tombstones come newest first, one per note, and the oldest go beyond the cap', () => {
    expect(mergeTombstones([{ id: 'a', deletedAt: 9 }], [{ id: 'a', deletedAt: 5 }])).toEqual([{ id: 'a', deletedAt: 9 }]);
    expect(mergeTombstones([{ id: 'old', deletedAt: 1 }], [{ id: 'new', deletedAt: 2 }]).map((t) => t.id)).toEqual(['new', 'old']);
    const many = Array.from({ length: MAX_TOMBSTONES }, (_, i) => ({ id: `t${i}`, deletedAt: 10 + i }));
    const merged = mergeTombstones(many, [{ id: 'oldest', deletedAt: 1 }, { id: 'newest', deletedAt: 10 ** 9 }]);
    expect(merged).toHaveLength(MAX_TOMBSTONES);
    expect(merged[0]!.id).toBe('newest');
    expect(merged.some((t) => t.id === 'oldest' || t.id === 't0')).toBe(false);
  });
});

describe('merge rules: my profile and preferences', () => {
  const backedUp: MyProfile = {
    name: 'Jonas Weber',
    teachSkills: ['negotiation'],
    learnSkills: ['tiktok-marketing'],
    careerStartYear: 1994,
    outreachLanguage: 'de',
    germanAddress: 'du',
    linkedinPremium: true,
  };

  it('a fresh browser after the welcome gets the whole backed-up profile', () => {
    expect(mergeMyProfile(DEFAULT_MY_PROFILE, backedUp)).toEqual(backedUp);
    expect(mergeMyProfile({ ...DEFAULT_MY_PROFILE, name: '   ' }, backedUp).name).toBe('Jonas Weber');
  });

  it('what is set here stays; skills of both sides are joined, here first', () => {
    const here: MyProfile = {
      name: 'J. Weber',
      teachSkills: ['sql'],
      learnSkills: ['tiktok-marketing', 'figma'],
      careerStartYear: 1996,
      outreachLanguage: 'en',
      germanAddress: 'sie',
      linkedinPremium: false,
    };
    expect(mergeMyProfile({ ...here, outreachLanguage: 'de', germanAddress: 'du', linkedinPremium: true }, { ...backedUp, outreachLanguage: 'en', germanAddress: 'sie', linkedinPremium: false })).toMatchObject({
      outreachLanguage: 'de',
      germanAddress: 'du',
      linkedinPremium: true,
    });
    expect(mergeMyProfile(here, backedUp)).toEqual({
      name: 'J. Weber',
      teachSkills: ['sql', 'negotiation'],
      learnSkills: ['tiktok-marketing', 'figma'],
      careerStartYear: 1996,
      // Still at their defaults here: the backup's choice fills them.
      outreachLanguage: 'de',
      germanAddress: 'du',
      linkedinPremium: true,
    });
  });

  it('preferences: a language chosen here wins, else the backup\'s; the later backup time; onboarding done on either side', () => {
    const backup = { uiLanguage: 'de' as const, lastBackupAt: T0 + 5, onboardingDone: true };
    expect(mergePreferences(DEFAULT_PREFERENCES, backup)).toEqual(backup);
    expect(mergePreferences({ uiLanguage: 'en', lastBackupAt: T0 + 9, onboardingDone: false }, backup)).toEqual({
      uiLanguage: 'en',
      lastBackupAt: T0 + 9,
      onboardingDone: true,
    });
    expect(mergePreferences({ ...DEFAULT_PREFERENCES, lastBackupAt: T0 + 1 }, { ...backup, lastBackupAt: null }).lastBackupAt).toBe(T0 + 1);
    expect(mergePreferences({ ...DEFAULT_PREFERENCES, lastBackupAt: T0 + 1 }, backup).lastBackupAt).toBe(T0 + 5);
    expect(mergePreferences(DEFAULT_PREFERENCES, { ...backup, lastBackupAt: null }).lastBackupAt).toBeNull();
    expect(mergePreferences({ ...DEFAULT_PREFERENCES, onboardingDone: true }, { ...backup, onboardingDone: false }).onboardingDone).toBe(true);
    expect(mergePreferences(DEFAULT_PREFERENCES, { ...backup, onboardingDone: false }).onboardingDone).toBe(false);
  });
});
