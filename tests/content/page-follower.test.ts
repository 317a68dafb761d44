// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPageFollower } from '../../utils/content/page-follower';
import { createProfileWatcher } from '../../utils/content/profile-watcher';
import { offerPageReader } from '../../utils/content/reader-slot';
import type { ContentReport } from '../../utils/messaging/protocol';
import { isReadablePage } from '../../utils/sites/urls';

const ALICE = 'https://www.linkedin.com/in/alice-example/';
const BORIS = 'https://www.linkedin.com/in/boris-example/';
const FEED = 'https://www.linkedin.com/feed/';
const SEARCH = 'https://www.linkedin.com/search/results/people/?keywords=data';
const LISTED = ['Amira Solberg', 'Felix Andersen-Roth', 'Chiara Benedetti'];

/** The people search fixture as the page's body. */
function showSearch() {
  const doc = new DOMParser().parseFromString(readFileSync(`${process.cwd()}/e2e/fixtures/linkedin-search-people.html`, 'utf8'), 'text/html');
  document.body.innerHTML = doc.body.innerHTML;
}

const listed = (states: ContentReport[]) => states.filter((s) => s.status === 'list').map((s) => s.status === 'list' && s.people.map((p) => p.name));

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

function render(name: string) {
  document.body.innerHTML = `<main><section><h1>${name}</h1><div data-generated-suggestion-target="x">Engineer</div></section></main>`;
}

function follow(loadReader: () => Promise<unknown> = () => Promise.resolve()) {
  const states: ContentReport[] = [];
  const load = vi.fn(loadReader);
  const follower = createPageFollower((s) => states.push(s), load);
  const shown = () => states.map((s) => (s.status === 'ready' ? s.profile.name : s.status));
  return { states, load, follower, shown };
}

/** The reader arrives, but the watcher it creates is spied on: which URL it is told to follow, and how. */
function arriveSpying() {
  const calls: [string, boolean | undefined][] = [];
  const offered = offerPageReader((report, doc) => {
    const watcher = createProfileWatcher(report, doc);
    return { ...watcher, navigate: (url: string, inApp?: boolean) => (calls.push([url, inApp]), watcher.navigate(url, inApp)) };
  });
  return { offered, calls };
}

describe('page follower: the content script loads the page reader only for pages we read', () => {
  let stop = () => {};
  afterEach(() => {
    stop();
    offerPageReader(() => ({ navigate() {}, stop() {} }) as never); // empty the slot between tests
  });

  it('pages we do not read are reported as showing no one, without loading the reader', () => {
    const { follower, load, shown } = follow();
    stop = follower.stop;
    follower.navigate(FEED);
    follower.navigate('https://www.linkedin.com/messaging/thread/2-abc/');
    expect(shown()).toEqual(['none', 'none']);
    expect(load).not.toHaveBeenCalled();
  });

  it('a profile asks for the reader once; when it arrives it follows the page shown then', async () => {
    render('Alice Example');
    const { follower, load, shown } = follow();
    stop = follower.stop;
    follower.navigate(ALICE);
    expect(load).toHaveBeenCalledTimes(1);
    expect(shown()).toEqual([]);
    expect(offerPageReader(createProfileWatcher)).toBe(true);
    await vi.waitFor(() => expect(shown()).toEqual(['loading', 'Alice Example']));
    // From now on the reader follows every navigation itself; nothing is loaded again.
    follower.navigate(FEED);
    follower.navigate(BORIS);
    expect(shown().slice(-2)).toEqual(['none', 'loading']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('navigations while the reader loads: it starts on the latest page, told it was an in-app navigation', async () => {
    render('Boris Example');
    const { follower } = follow();
    stop = follower.stop;
    follower.navigate(FEED);
    follower.navigate(ALICE);
    follower.navigate(BORIS);
    const { calls } = arriveSpying();
    expect(calls).toEqual([[BORIS, true]]);
  });

  it('the new person rendered before the reader arrived: shown, not taken for the previous page', async () => {
    document.body.innerHTML = '<main><h2>Your feed</h2></main>';
    const { follower, shown } = follow();
    stop = follower.stop;
    follower.navigate(FEED);
    follower.navigate(ALICE); // an in-app click; the reader is still on its way
    render('Alice Example'); // LinkedIn rendered her before the reader arrived
    offerPageReader(createProfileWatcher);
    await vi.waitFor(() => expect(shown()).toEqual(['none', 'loading', 'Alice Example']));
  });

  it('the previous person still on screen when the reader arrives is never reported under the new URL', async () => {
    render('Alice Example');
    const { follower, shown } = follow();
    stop = follower.stop;
    follower.navigate(FEED); // say the tab's first page showed Alice's name but is not one we read
    follower.navigate(BORIS);
    offerPageReader(createProfileWatcher);
    await tick(50);
    expect(shown()).toEqual(['none', 'loading']);
    render('Boris Example');
    await vi.waitFor(() => expect(shown()).toEqual(['none', 'loading', 'Boris Example']));
  });

  it('the first page of a tab is not an in-app navigation (no stale name to wait out)', () => {
    render('Alice Example');
    const { follower } = follow();
    stop = follower.stop;
    follower.navigate(ALICE);
    expect(arriveSpying().calls).toEqual([[ALICE, false]]);
  });

  it('left for a page we do not read before the reader arrived: it follows nothing until the next page', () => {
    const { follower, shown } = follow();
    stop = follower.stop;
    follower.navigate(ALICE);
    follower.navigate(FEED);
    const { calls } = arriveSpying();
    expect(calls).toEqual([]);
    expect(shown()).toEqual(['none']);
    follower.navigate(BORIS);
    expect(calls).toEqual([[BORIS, true]]);
  });

  it('a reader that failed to load is asked for again on the next page we read', async () => {
    const { follower, load } = follow(() => Promise.reject(new Error('No tab')));
    stop = follower.stop;
    follower.navigate(ALICE);
    await tick();
    follower.navigate(BORIS);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('a list of people is read by the content script itself: no reader loaded, results that render late are reported', async () => {
    document.body.innerHTML = '<main><h2>Search</h2></main>';
    const { follower, load, states } = follow();
    stop = follower.stop;
    follower.navigate(SEARCH);
    expect(listed(states)).toEqual([[]]);
    showSearch();
    await vi.waitFor(() => expect(listed(states).at(-1)).toEqual(LISTED));
    expect(load).not.toHaveBeenCalled();
  });

  it('leaving a list page stops reading it', async () => {
    showSearch();
    const { follower, states } = follow();
    stop = follower.stop;
    follower.navigate(SEARCH);
    expect(listed(states)).toEqual([LISTED]);
    follower.navigate(FEED);
    document.body.innerHTML = '<main><ul><li><a href="/in/zora-example/">Zora Example</a><div>Designer</div></li></ul></main>';
    await tick(600);
    expect(states.map((s) => s.status)).toEqual(['list', 'none']);
  });

  it('once the reader is there it follows list pages too, and the list read before it arrived stops', async () => {
    const { follower, load, states } = follow();
    stop = follower.stop;
    follower.navigate(ALICE); // asks for the reader…
    showSearch();
    follower.navigate(SEARCH); // …which arrives while the search is read here
    offerPageReader(createProfileWatcher);
    expect(listed(states)).toEqual([LISTED]);
    follower.navigate(BORIS);
    render('Boris Example');
    await vi.waitFor(() => expect(states.at(-1)?.status === 'ready' && states.at(-1)).toMatchObject({ profile: { name: 'Boris Example' } }));
    // A list read here after the watcher took over would report this; the reader, following Boris, does not.
    document.body.innerHTML = '<main><ul><li><a href="/in/zora-example/">Zora Example</a><div>Designer</div></li></ul></main>';
    await tick(600);
    expect(listed(states)).toEqual([LISTED]);
    showSearch();
    follower.navigate(SEARCH);
    await vi.waitFor(() => expect(listed(states)).toEqual([LISTED, LISTED]));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('a stopped content script ignores a reader arriving late; a reader nobody asked for does nothing', () => {
    const { follower } = follow();
    follower.navigate(ALICE);
    follower.stop();
    expect(arriveSpying().calls).toEqual([]);
    expect(offerPageReader(createProfileWatcher)).toBe(false);
  });
});

describe('isReadablePage agrees with what the page reader reads', () => {
  it.each([
    ALICE,
    'https://de.linkedin.com/in/mila-kowalczyk-4b21a7231',
    'https://www.linkedin.com/in/alice-example/details/experience/',
    'https://www.linkedin.com/search/results/people/?keywords=ai',
    'https://www.linkedin.com/mynetwork/grow/',
    'https://www.linkedin.com/company/acme/people/',
    'https://www.linkedin.com/authwall?sessionRedirect=https%3A%2F%2Fwww.linkedin.com%2Fin%2Falice-example%2F',
    'https://www.linkedin.com/preload/in/alice-example/',
    'https://www.xing.com/profile/Katrin_Hollweg',
    'https://www.xing.com/search/members?keywords=ai',
    FEED,
    'https://www.linkedin.com/messaging/',
    'https://www.linkedin.com/jobs/view/123/',
    'https://www.linkedin.com/company/acme/',
    'https://www.xing.com/jobs',
    'https://www.linkedin.com/',
  ])('%s', (url) => {
    document.body.innerHTML = '<main></main>';
    const states: ContentReport[] = [];
    const watcher = createProfileWatcher((s) => states.push(s));
    watcher.navigate(url);
    watcher.stop();
    expect(states[0]?.status !== 'none').toBe(isReadablePage(document, url));
  });
});
