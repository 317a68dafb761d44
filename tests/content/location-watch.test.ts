import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchLocation } from '../../utils/content/location-watch';

function fakeWindow(href: string) {
  const target = new EventTarget();
  return Object.assign(target, { location: { href } }) as unknown as Window & { location: { href: string } };
}

afterEach(() => vi.useRealTimers());

describe('watchLocation', () => {
  it('reports an in-app URL change once, found by its own comparison', () => {
    vi.useFakeTimers();
    const win = fakeWindow('https://www.linkedin.com/feed/');
    const seen: string[] = [];
    const stop = new AbortController();
    watchLocation((url) => seen.push(url), { signal: stop.signal, win });
    win.location.href = 'https://www.linkedin.com/in/ada-example/';
    vi.advanceTimersByTime(300);
    vi.advanceTimersByTime(300);
    expect(seen).toEqual(['https://www.linkedin.com/in/ada-example/']);
    stop.abort();
  });

  it('a fake popstate or event the page fires reports nothing while the URL is the same, and stopping stops it', () => {
    vi.useFakeTimers();
    const win = fakeWindow('https://www.linkedin.com/in/ada-example/');
    const seen: string[] = [];
    const stop = new AbortController();
    watchLocation((url) => seen.push(url), { signal: stop.signal, win });
    win.dispatchEvent(new Event('popstate'));
    win.dispatchEvent(new Event('wxt:locationchange'));
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([]);
    win.dispatchEvent(new Event('popstate'));
    stop.abort();
    win.location.href = 'https://www.linkedin.com/feed/';
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([]);
  });

  it('popstate makes a change known before the next poll', () => {
    vi.useFakeTimers();
    const win = fakeWindow('https://www.linkedin.com/in/a/');
    const seen: string[] = [];
    const stop = new AbortController();
    watchLocation((url) => seen.push(url), { signal: stop.signal, win });
    win.location.href = 'https://www.linkedin.com/in/b/';
    win.dispatchEvent(new Event('popstate'));
    expect(seen).toEqual(['https://www.linkedin.com/in/b/']);
    stop.abort();
  });
});
