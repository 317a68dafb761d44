import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearTabState, getTabState, setTabState } from '../../utils/background/tab-state';
import { makeProfile } from '../support/profiles';

describe('tab state', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps each tab’s profile in storage.session, where a restarted worker finds it', async () => {
    const profile = makeProfile();
    await setTabState(3, { status: 'ready', url: profile.url, profile });
    await setTabState(4, { status: 'none' });
    expect(await getTabState(3)).toEqual({ status: 'ready', url: profile.url, profile });
    expect(await getTabState(4)).toEqual({ status: 'none' });
    const raw = await fakeBrowser.storage.session.get('tab:3');
    expect(raw['tab:3']).toMatchObject({ status: 'ready' });
  });

  it('reports "none" for unknown tabs, cleared tabs and stored junk', async () => {
    expect(await getTabState(9)).toEqual({ status: 'none' });
    await setTabState(5, { status: 'none' });
    await clearTabState(5);
    expect(await getTabState(5)).toEqual({ status: 'none' });
    await fakeBrowser.storage.session.set({ 'tab:6': { status: 'ready', profile: 'junk' } });
    expect(await getTabState(6)).toEqual({ status: 'none' });
  });
});
