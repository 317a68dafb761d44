// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createProfileWatcher } from '../../utils/content/profile-watcher';
import { readFileSync } from 'node:fs';
import type { ContentReport } from '../../utils/messaging/protocol';

const ALICE = 'https://www.linkedin.com/in/alice-example/';
const BORIS = 'https://www.linkedin.com/in/boris-example/';

function render(name: string, headline = 'Engineer') {
  document.body.innerHTML = `<main><section><h1>${name}</h1><div class="text-body-medium">${headline}</div></section></main>`;
}

const fixture = (name: string) => readFileSync(`${process.cwd()}/e2e/fixtures/${name}`, 'utf8');
/** A fixture's <body> and <head> as the document's (happy-dom keeps the test's own document). */
function show(name: string) {
  const doc = new DOMParser().parseFromString(fixture(name), 'text/html');
  document.head.innerHTML = doc.head.innerHTML;
  document.body.innerHTML = doc.body.innerHTML;
}

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

function collect() {
  const states: ContentReport[] = [];
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

  it('never reports the previous person under the new URL, however long the page keeps showing them (13.3)', async () => {
    render('Alice Example');
    const { watcher, names } = collect();
    stop = watcher.stop;
    watcher.navigate(ALICE);
    await tick();
    watcher.navigate(BORIS);
    await tick(4500); // past the old 4 s give-up
    expect(names()).toEqual(['loading', 'Alice Example', 'loading']);
    render('Alice Example', 'Still her page'); // the old page re-renders: still not Boris
    await tick(500);
    expect(names()).toEqual(['loading', 'Alice Example', 'loading']);
    render('Boris Example');
    await tick(50);
    expect(names()).toEqual(['loading', 'Alice Example', 'loading', 'Boris Example']);
  }, 10_000);

  it('reports a sign-up wall at a profile URL as a wall, not as a person called "Join LinkedIn"', async () => {
    show('linkedin-wall-join.html');
    const { watcher, states } = collect();
    stop = watcher.stop;
    watcher.navigate('https://www.linkedin.com/in/konrad-weisz-1a2b/');
    await tick(20);
    expect(states.at(-1)).toEqual({ status: 'wall', url: 'https://www.linkedin.com/in/konrad-weisz-1a2b/', wall: 'join', key: 'linkedin:konrad-weisz-1a2b', platform: 'linkedin' });
    expect(states.some((s) => s.status === 'ready')).toBe(false);
  });

  it('reports a details page as the full list of its person', async () => {
    show('linkedin-details-experience.html');
    const { watcher, states } = collect();
    stop = watcher.stop;
    watcher.navigate('https://www.linkedin.com/in/tamsin-oyelaran-5c1d2/details/experience/');
    await tick(20);
    const last = states.at(-1);
    expect(last?.status).toBe('details');
    if (last?.status === 'details') {
      expect(last.details.key).toBe('linkedin:tamsin-oyelaran-5c1d2');
      expect(last.details.experience).toHaveLength(5);
    }
  });

  it('reports the people of a list page', async () => {
    show('linkedin-search-people.html');
    const { watcher, states } = collect();
    stop = watcher.stop;
    watcher.navigate('https://www.linkedin.com/search/results/people/?keywords=data');
    await tick(20);
    const last = states.at(-1);
    expect(last?.status === 'list' && last.people.map((p) => p.name)).toEqual(['Amira Solberg', 'Felix Andersen-Roth', 'Chiara Benedetti']);
  });

  it('after an in-app switch from a profile to a search, the profile still on screen is not listed; the results are, once they render', async () => {
    show('linkedin-logged-in-en.html');
    const { watcher, states } = collect();
    stop = watcher.stop;
    watcher.navigate('https://www.linkedin.com/in/eleanor-whitcombe-3a91b4/');
    await tick(20);
    expect(states.at(-1)?.status).toBe('ready');
    watcher.navigate('https://www.linkedin.com/search/results/people/?keywords=data');
    await tick(20);
    const before = states.at(-1);
    expect(before?.status === 'list' && before.people).toEqual([]);
    const results = new DOMParser().parseFromString(fixture('linkedin-search-people.html'), 'text/html');
    document.body.innerHTML = results.body.innerHTML;
    await tick(200);
    const after = states.at(-1);
    expect(after?.status === 'list' && after.people.map((p) => p.name)).toEqual(['Amira Solberg', 'Felix Andersen-Roth', 'Chiara Benedetti']);
  });

  it('reads a preloaded page as the person its canonical link names, with the aside people', async () => {
    show('linkedin-sdui-2026-de.html');
    const { watcher, states } = collect();
    stop = watcher.stop;
    watcher.navigate('https://www.linkedin.com/preload/in/bastian-kluge-8e3f0a/');
    await tick(20);
    const last = states.at(-1);
    expect(last?.status === 'ready' && [last.profile.key, last.people?.length]).toEqual(['linkedin:bastian-kluge-8e3f0a', 2]);
  });

  it('re-reads when a lazy section renders inside main#workspace (the page scrolls there, not the window)', async () => {
    show('linkedin-sdui-2026.html');
    const { watcher, states } = collect();
    stop = watcher.stop;
    watcher.navigate('https://www.linkedin.com/in/tamsin-oyelaran-5c1d2/');
    await tick(20);
    const workspace = document.querySelector('main#workspace')!;
    workspace.dispatchEvent(new Event('scroll'));
    workspace.insertAdjacentHTML(
      'beforeend',
      '<section data-view-name="profile-card-languages"><h2>Languages</h2></section><section data-view-name="profile-card-interests"><h2>Interests</h2></section>',
    );
    document.querySelector('[data-view-name="profile-card-skills"] ._ad02')!.insertAdjacentHTML('beforeend', '<hr role="presentation"><div><p>Stream Processing</p></div>');
    await tick(500);
    const last = states.at(-1);
    expect(last?.status === 'ready' && last.profile.skills.at(-1)).toBe('Stream Processing');
  });
});
