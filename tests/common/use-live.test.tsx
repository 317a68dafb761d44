// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { useLive } from '../../components/common/use-live';
import { broadcast, listening, mount as render, resetBackground } from '../support/fake-background';

vi.mock('../../utils/messaging/broadcasts', async () => (await import('../support/fake-background')).broadcastsModule);

/** Each load is a promise the test settles; returns the values the hook rendered. */
async function mount(on: Parameters<typeof useLive>[1] = 'settingsChanged') {
  const settlers: { resolve: (value: string) => void; reject: (error: Error) => void }[] = [];
  const load = () => new Promise<string>((resolve, reject) => settlers.push({ resolve, reject }));
  /** Settles the n-th load (from 0). */
  const answer = (n: number, value: string) => settlers[n]!.resolve(value);
  const fail = (n: number) => settlers[n]!.reject(new Error('the background is gone'));
  const seen: (string | undefined)[] = [];
  function Probe() {
    seen.push(useLive(load, typeof on === 'string' ? on : [...on])); // a fresh list each render, as written inline
    return null;
  }
  pages.push(await render(Probe));
  return { answer, fail, seen, loads: () => settlers.length, send: broadcast, changed: () => broadcast('settingsChanged') };
}

const pages: Awaited<ReturnType<typeof render>>[] = [];
beforeEach(() => resetBackground());
afterEach(() => {
  for (const page of pages.splice(0)) page.unmount();
});

describe('useLive', () => {
  it('shows the answer to each reload that is still the newest when it comes', async () => {
    const live = await mount();
    await act(async () => live.answer(0, 'first'));
    expect(live.seen.at(-1)).toBe('first');
    await live.changed();
    await act(async () => live.answer(1, 'second'));
    expect(live.seen.at(-1)).toBe('second');
  });

  it('drops the answer to a reload once a later one was asked, even when it comes first', async () => {
    const live = await mount();
    await act(async () => live.answer(0, 'first'));
    await live.changed();
    await live.changed();
    await act(async () => live.answer(1, 'older'));
    expect(live.seen).not.toContain('older');
    await act(async () => live.answer(2, 'newest'));
    expect(live.seen.at(-1)).toBe('newest');
  });

  it("drops an answer that comes after a later reload's answer", async () => {
    const live = await mount();
    await act(async () => live.answer(0, 'first'));
    await live.changed(); // the answer to this reload was read before the next change…
    await live.changed();
    await act(async () => live.answer(2, 'newest'));
    await act(async () => live.answer(1, 'older')); // …and arrives last
    expect(live.seen.at(-1)).toBe('newest');
    expect(live.seen).not.toContain('older');
  });

  it('reloads on each of several broadcasts, subscribed once however often it renders', async () => {
    const live = await mount(['contactsChanged', 'settingsChanged']);
    await act(async () => live.answer(0, 'first'));
    expect(listening()).toEqual(['contactsChanged', 'settingsChanged']);
    await live.send('contactsChanged');
    await act(async () => live.answer(1, 'after contacts'));
    await live.send('settingsChanged');
    await act(async () => live.answer(2, 'after settings'));
    expect(live.seen.at(-1)).toBe('after settings');
    await live.send('autoBackupChanged');
    expect(live.loads()).toBe(3);
    expect(listening()).toHaveLength(2);
  });

  it('keeps what it shows when a reload fails', async () => {
    const live = await mount();
    await act(async () => live.answer(0, 'first'));
    await live.changed();
    await act(async () => live.fail(1));
    expect(live.seen.at(-1)).toBe('first');
  });
});
