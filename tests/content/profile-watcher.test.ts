// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createProfileWatcher } from '../../utils/content/profile-watcher';
import type { TabProfileState } from '../../utils/messaging/protocol';

const ALICE = 'https://www.linkedin.com/in/alice-example/';
const BORIS = 'https://www.linkedin.com/in/boris-example/';

function render(name: string, headline = 'Engineer') {
  document.body.innerHTML = `<main><section><h1>${name}</h1><div class="text-body-medium">${headline}</div></section></main>`;
}

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

function collect() {
  const states: TabProfileState[] = [];
  const watcher = createProfileWatcher((s) => states.push(s));
  const names = () => states.map((s) => (s.status === 'ready' ? s.profile.name : s.status));
  return { states, watcher, names };
}

describe('profile watcher', () => {
  let stop = () => {};
  afterEach(() => stop());

  it('reports "none" off profiles and "loading" then "ready" on a rendered profile', async () => {
    document.body.innerHTML = '<main><h2>Your feed</h2></main>';
    const { watcher, names } = collect();
    stop = watcher.stop;
    watcher.navigate('https://www.linkedin.com/feed/');
    watcher.navigate(ALICE);
    await tick(20);
    // The feed's heading is not Alice: nothing is reported until her page renders.
    expect(names()).toEqual(['none', 'loading']);
    render('Alice Example');
    await tick(20);
    expect(names()).toEqual(['none', 'loading', 'Alice Example']);
  });

  it('after an in-app switch waits until the page shows the new person, never re-reporting the old one', async () => {
    render('Alice Example');
    const { watcher, names, states } = collect();
    stop = watcher.stop;
    watcher.navigate(ALICE);
    await tick();
    watcher.navigate(BORIS); // pushState happened; the DOM still shows Alice
    await tick(50);
    expect(names()).toEqual(['loading', 'Alice Example', 'loading']);
    expect(states[2]).toMatchObject({ status: 'loading', key: 'linkedin:boris-example', url: BORIS });
    render('Boris Example');
    await tick(20);
    expect(names()).toEqual(['loading', 'Alice Example', 'loading', 'Boris Example']);
  });

  it('re-parses when lazy sections render later, and only reports real changes', async () => {
    render('Alice Example');
    const { watcher, states } = collect();
    stop = watcher.stop;
    watcher.navigate(ALICE);
    await tick();
    const before = states.length;
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p>unrelated footer</p>');
    await tick(500);
    expect(states.length).toBe(before);
    document.querySelector('.text-body-medium')!.textContent = 'Staff Engineer';
    await tick(500);
    const last = states.at(-1);
    expect(last?.status === 'ready' && last.profile.headline).toBe('Staff Engineer');
  });

  it('abandons a pending wait when the user navigates again', async () => {
    render('Alice Example');
    const { watcher, names } = collect();
    stop = watcher.stop;
    watcher.navigate(ALICE);
    await tick();
    watcher.navigate(BORIS);
    watcher.navigate('https://www.linkedin.com/feed/');
    render('Boris Example');
    await tick(50);
    expect(names()).toEqual(['loading', 'Alice Example', 'loading', 'none']);
  });
});
