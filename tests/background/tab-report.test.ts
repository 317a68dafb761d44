import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveContactFromProfile } from '../../utils/background/contacts-service';
import { rankPagePeople, savePagePerson } from '../../utils/background/page-people';
import { resolveReport } from '../../utils/background/tab-report';
import { setTabState } from '../../utils/background/tab-state';
import { setMyProfile } from '../../utils/db/settings';
import type { ProfileDetails } from '../../utils/messaging/protocol';
import { DEFAULT_MY_PROFILE } from '../../utils/schemas/settings';
import { useTestDb } from '../support/db';
import { makeProfile } from '../support/profiles';

const getDb = useTestDb();

const details: ProfileDetails = {
  platform: 'linkedin',
  key: 'linkedin:ada-example',
  url: 'https://www.linkedin.com/in/ada-example/',
  section: 'experience',
  name: null,
  experience: [
    { title: 'Head of Data', company: 'Example GmbH', start: '2015-01', end: null, current: true, dateText: 'Jan 2015 - Present' },
    { title: 'Werkstudentin', company: 'Früh AG', start: '1994-04', end: '1996-09', current: false, dateText: 'Apr 1994 - Sep 1996' },
  ],
};
const detailsUrl = 'https://www.linkedin.com/in/ada-example/details/experience/';

describe('a details page merged into its person', () => {
  beforeEach(() => fakeBrowser.reset());

  it('merges into the tab’s profile of the same person: career start from the whole list', async () => {
    await setTabState(1, { status: 'ready', url: details.url, profile: makeProfile() });
    const { state, changed } = await resolveReport(getDb(), 1, { status: 'details', url: detailsUrl, details }, 1000);
    expect(state.status === 'ready' && [state.profile.name, state.profile.careerStart, state.details]).toEqual([
      'Ada Example',
      { year: 1994, source: 'experience' },
      'experience',
    ]);
    expect(changed).toBeNull(); // not saved: reading a page saves no one
    expect(await getDb().contacts.count()).toBe(0);
  });

  it('updates the saved contact, and a later re-read of the profile page keeps the full list', async () => {
    const db = getDb();
    await saveContactFromProfile(db, makeProfile({ careerStart: { year: 2001, source: 'experience' } }), 500);
    const { changed } = await resolveReport(db, 2, { status: 'details', url: detailsUrl, details }, 1000);
    expect(changed).toBe('linkedin:ada-example');
    const saved = await db.contacts.get('linkedin:ada-example');
    expect([saved?.careerStartYear, saved?.profile?.experience.length]).toEqual([1994, 2]);

    const again = await resolveReport(db, 2, { status: 'ready', url: details.url, profile: makeProfile() }, 2000);
    expect(again.state.status === 'ready' && again.state.profile.careerStart?.year).toBe(1994);
  });

  it('without any profile to merge into, shows the list under the name from the URL', async () => {
    const { state } = await resolveReport(getDb(), 3, { status: 'details', url: detailsUrl, details }, 1000);
    expect(state.status === 'ready' && [state.profile.name, state.profile.currentRole]).toEqual(['Ada Example', 'Head of Data']);
  });

  it('passes every other report through', async () => {
    const wall = { status: 'wall', url: 'https://www.linkedin.com/authwall', wall: 'signin', key: null, platform: 'linkedin' } as const;
    expect((await resolveReport(getDb(), 4, wall, 1)).state).toEqual(wall);
  });
});

describe('people on the page', () => {
  const junior = { platform: 'linkedin', key: 'linkedin:junior', url: 'https://www.linkedin.com/in/junior/', name: 'Jun Ior', headline: 'Working Student | Generative AI, TikTok Marketing', location: null } as const;
  const nobody = { platform: 'linkedin', key: 'linkedin:nobody', url: 'https://www.linkedin.com/in/nobody/', name: 'No Body', headline: 'Gardener', location: null } as const;

  it('are scored by the popup’s matching, best first, with their saved state; saving one keeps them unique', async () => {
    const db = getDb();
    await setMyProfile(db, { ...DEFAULT_MY_PROFILE, teachSkills: ['leadership'], learnSkills: ['generative-ai', 'tiktok-marketing'], careerStartYear: 1994 });
    const ranked = await rankPagePeople(db, [nobody, junior], Date.UTC(2026, 0, 1));
    expect(ranked.map((p) => p.key)).toEqual(['linkedin:junior', 'linkedin:nobody']);
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score);
    expect(ranked.every((p) => !p.saved)).toBe(true);

    await savePagePerson(db, junior, 1000);
    await savePagePerson(db, junior, 2000);
    expect(await db.contacts.count()).toBe(1);
    const again = await rankPagePeople(db, [nobody, junior], Date.UTC(2026, 0, 1));
    expect(again.find((p) => p.key === 'linkedin:junior')?.saved).toBe(true);
  });
});
