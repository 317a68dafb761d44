// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MyProfileSection } from '../../components/options/MyProfileSection';
import { DEFAULT_MY_PROFILE, DEFAULT_PREFERENCES, type MyProfile } from '../../utils/schemas/settings';
import type { Settings } from '../../utils/messaging/protocol';

// The background as the settings page sees it: each request waits until the test answers it.
const background = vi.hoisted(() => ({
  requests: [] as { name: string; data: unknown; resolve: (value: unknown) => void }[],
  listeners: [] as { name: string; listener: () => void }[],
}));
vi.mock('../../utils/messaging/messenger', () => ({
  messenger: {
    sendMessage: (name: string, data: unknown) =>
      new Promise((resolve) => {
        // Custom skills are not what this test is about.
        if (name === 'listCustomSkills') return resolve([]);
        background.requests.push({ name, data, resolve });
      }),
  },
}));
vi.mock('../../utils/messaging/broadcasts', () => ({
  subscribe: (name: string, listener: () => void) => {
    const entry = { name, listener };
    background.listeners.push(entry);
    return () => background.listeners.splice(background.listeners.indexOf(entry), 1);
  },
}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const settingsWith = (myProfile: MyProfile): Settings => ({ myProfile, preferences: { ...DEFAULT_PREFERENCES, onboardingDone: true } });
const pending = (name: string) => background.requests.filter((r) => r.name === name);
/** Answers the n-th request of that name (from 0). */
const answer = (name: string, n: number, value: unknown) => act(async () => pending(name)[n]!.resolve(value));
const savedProfile = (n: number) => (pending('setMyProfile')[n]!.data as { myProfile: MyProfile }).myProfile;
const settingsChanged = () =>
  act(async () => background.listeners.filter((l) => l.name === 'settingsChanged').forEach((l) => l.listener()));
/** Lets the save scheduled by an edit (a 0 ms timer for tags) go out. */
const nextTask = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

let root: Root;
let container: HTMLElement;
beforeEach(async () => {
  background.requests = [];
  background.listeners = [];
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root.render(createElement(MyProfileSection)));
  await answer('getSettings', 0, settingsWith(DEFAULT_MY_PROFILE));
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

/** Types a skill into the "I can teach" field and presses Enter, as a user does. */
async function addTeachSkill(label: string) {
  const input = container.querySelector<HTMLInputElement>('[data-testid="my-teach-skills"]')!;
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, label);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
  await nextTask();
}

describe('My profile on the settings page', () => {
  it('a settings read that answers late with an earlier save does not undo the edits saved after it', async () => {
    await addTeachSkill('Leadership');
    const first = savedProfile(0);
    expect(first.teachSkills).toHaveLength(1);
    await settingsChanged(); // the first save's broadcast: a read on its way, before the second save lands
    await answer('setMyProfile', 0, settingsWith(first));
    await addTeachSkill('Negotiation');
    const second = savedProfile(1);
    expect(second.teachSkills).toHaveLength(2);
    await answer('setMyProfile', 1, settingsWith(second));
    await answer('getSettings', 1, settingsWith(first)); // the late read: the first save only
    await addTeachSkill('Corporate Strategy');
    expect(savedProfile(2).teachSkills).toEqual([...second.teachSkills, expect.any(String)]);
    expect(container.querySelectorAll('[data-testid="my-teach-tag"]')).toHaveLength(3);
  });

  it('a change made in another tab is shown', async () => {
    await addTeachSkill('Leadership');
    await answer('setMyProfile', 0, settingsWith(savedProfile(0)));
    await settingsChanged();
    const elsewhere = { ...savedProfile(0), teachSkills: [], learnSkills: ['generative-ai'] };
    await answer('getSettings', 1, settingsWith(elsewhere));
    expect(container.querySelectorAll('[data-testid="my-teach-tag"]')).toHaveLength(0);
    expect(container.querySelectorAll('[data-testid="my-learn-tag"]')).toHaveLength(1);
  });
});
