// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { MyProfileSection } from '../../components/options/MyProfileSection';
import { DEFAULT_MY_PROFILE, DEFAULT_PREFERENCES, type MyProfile } from '../../utils/schemas/settings';
import type { Settings } from '../../utils/messaging/protocol';
import { answer, broadcast, mount, requests, resetBackground } from '../support/fake-background';

vi.mock('../../utils/messaging/messenger', async () => (await import('../support/fake-background')).messengerModule);
vi.mock('../../utils/messaging/broadcasts', async () => (await import('../support/fake-background')).broadcastsModule);

const settingsWith = (myProfile: MyProfile): Settings => ({ myProfile, preferences: { ...DEFAULT_PREFERENCES, onboardingDone: true } });
const savedProfile = (n: number) => (requests('setMyProfile')[n]!.data as { myProfile: MyProfile }).myProfile;
/** Lets the save scheduled by an edit (a 0 ms timer for tags) go out. */
const nextTask = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

let page: Awaited<ReturnType<typeof mount>>;
beforeEach(async () => {
  resetBackground({ listCustomSkills: [] }); // custom skills are not what these tests are about
  page = await mount(MyProfileSection);
  await answer('getSettings', 0, settingsWith(DEFAULT_MY_PROFILE));
});
afterEach(() => page.unmount());

/** Types a skill into the "I can teach" field and presses Enter, as a user does. */
async function addTeachSkill(label: string) {
  const input = page.container.querySelector<HTMLInputElement>('[data-testid="my-teach-skills"]')!;
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, label);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
  await nextTask();
}
const tags = (testId: string) => page.container.querySelectorAll(`[data-testid="${testId}"]`);

describe('My profile on the settings page', () => {
  it('a settings read that answers late with an earlier save does not undo the edits saved after it', async () => {
    await addTeachSkill('Leadership');
    const first = savedProfile(0);
    expect(first.teachSkills).toHaveLength(1);
    await broadcast('settingsChanged'); // the first save's broadcast: a read on its way, before the second save lands
    await answer('setMyProfile', 0, settingsWith(first));
    await addTeachSkill('Negotiation');
    const second = savedProfile(1);
    expect(second.teachSkills).toHaveLength(2);
    await answer('setMyProfile', 1, settingsWith(second));
    await answer('getSettings', 1, settingsWith(first)); // the late read: the first save only
    await addTeachSkill('Corporate Strategy');
    expect(savedProfile(2).teachSkills).toEqual([...second.teachSkills, expect.any(String)]);
    expect(tags('my-teach-tag')).toHaveLength(3);
  });

  it('a change made in another tab is shown', async () => {
    await addTeachSkill('Leadership');
    await answer('setMyProfile', 0, settingsWith(savedProfile(0)));
    await broadcast('settingsChanged');
    const elsewhere = { ...savedProfile(0), teachSkills: [], learnSkills: ['generative-ai'] };
    await answer('getSettings', 1, settingsWith(elsewhere));
    expect(tags('my-teach-tag')).toHaveLength(0);
    expect(tags('my-learn-tag')).toHaveLength(1);
  });
});
