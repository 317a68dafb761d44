import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reportSequence, withRankedPeople } from '../../utils/background/tab-people';
import { prepareRanking } from '../../utils/background/page-people';
import { setMyProfile } from '../../utils/db/settings';
import { ContentReportSchema, TabProfileStateSchema, type ListedPerson } from '../../utils/messaging/protocol';
import { DEFAULT_MY_PROFILE } from '../../utils/schemas/settings';
import { useTestDb } from '../support/db';
import { makeProfile } from '../support/profiles';

const getDb = useTestDb();
const person = (slug: string, headline: string | null): ListedPerson => ({
  platform: 'linkedin',
  key: `linkedin:${slug}`,
  url: `https://www.linkedin.com/in/${slug}/`,
  name: slug,
  headline,
  location: null,
});
const nobody = person('nobody', null);
const creator = person('creator', 'Content Creator | TikTok & Instagram');
const NOW = Date.UTC(2026, 0, 1);

describe('people of a reported page, ranked by the background', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await setMyProfile(getDb(), { ...DEFAULT_MY_PROFILE, teachSkills: ['leadership'], learnSkills: ['tiktok-marketing'], careerStartYear: 1994 });
  });

  it('a list page: its people scored and marked saved, best first, in a state the sidebar accepts', async () => {
    const state = await withRankedPeople(getDb(), { status: 'list', url: 'https://www.linkedin.com/search/results/people/', platform: 'linkedin', people: [nobody, creator] }, NOW);
    expect(state?.status === 'list' && state.ranked?.map((p) => [p.key, p.saved])).toEqual([
      ['linkedin:creator', false],
      ['linkedin:nobody', false],
    ]);
    expect(state?.status === 'list' && state.ranked?.[0]?.kind).toBe('reverse');
    expect(TabProfileStateSchema.safeParse(state).success).toBe(true);
  });

  it('a profile with "People also viewed" gets them ranked too; a page without people is left alone', async () => {
    const ready = { status: 'ready' as const, url: 'https://www.linkedin.com/in/ada-example/', profile: makeProfile() };
    const state = await withRankedPeople(getDb(), { ...ready, people: [creator] }, NOW);
    expect(state?.status === 'ready' && state.ranked?.map((p) => p.key)).toEqual(['linkedin:creator']);
    expect(await withRankedPeople(getDb(), ready, NOW)).toBeNull();
    expect(await withRankedPeople(getDb(), { status: 'none' }, NOW)).toBeNull();
  });

  it('a content script cannot hand the sidebar a ranking: its report has no such field', () => {
    const forged = { status: 'list', url: 'https://www.linkedin.com/search/results/people/', platform: 'linkedin', people: [nobody], ranked: [{ ...nobody, kind: 'reverse', score: 100, saved: true }] };
    const parsed = ContentReportSchema.parse(forged);
    expect('ranked' in parsed).toBe(false);
  });
  it('the skill index prepared when a tab asks for the page reader is the one the first list is ranked with', async () => {
    const db = getDb();
    const built = vi.spyOn(db.customSkills, 'toArray');
    await prepareRanking(db);
    expect(built).toHaveBeenCalledTimes(1);
    const state = await withRankedPeople(db, { status: 'list', url: 'https://www.linkedin.com/search/results/people/', platform: 'linkedin', people: [creator] }, NOW);
    expect(state?.status === 'list' && state.ranked?.[0]?.kind).toBe('reverse');
    expect(built).toHaveBeenCalledTimes(1);
  });
});

describe('reportSequence', () => {
  it('only the latest report of a tab may write its ranked state', () => {
    const reports = reportSequence();
    const first = reports.next(1);
    const other = reports.next(2);
    expect(reports.isLatest(1, first)).toBe(true);
    const second = reports.next(1);
    expect(reports.isLatest(1, first)).toBe(false);
    expect(reports.isLatest(1, second)).toBe(true);
    expect(reports.isLatest(2, other)).toBe(true);
  });
});
