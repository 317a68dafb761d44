// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { useLive } from '../../components/common/use-live';

// The broadcast the hook listens to, sent by the test.
const broadcast = vi.hoisted(() => ({ listeners: [] as (() => void)[] }));
vi.mock('../../utils/messaging/broadcasts', () => ({
  subscribe: (_name: string, listener: () => void) => {
    broadcast.listeners.push(listener);
    return () => broadcast.listeners.splice(broadcast.listeners.indexOf(listener), 1);
  },
}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Each load is a promise the test settles; returns the values the hook rendered. */
async function mount() {
  const resolvers: ((value: string) => void)[] = [];
  const load = () => new Promise<string>((resolve) => resolvers.push(resolve));
  /** Settles the n-th load (from 0). */
  const answer = (n: number, value: string) => resolvers[n]!(value);
  const seen: (string | undefined)[] = [];
  function Probe() {
    seen.push(useLive(load, 'settingsChanged'));
    return null;
  }
  const root = createRoot(document.createElement('div'));
  await act(async () => root.render(createElement(Probe)));
  roots.push(root);
  return { answer, seen, changed: () => act(async () => broadcast.listeners.forEach((listener) => listener())) };
}

const roots: Root[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) act(() => root.unmount());
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
});
