import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  MAX_WAIT_FOR_PAGE_LOAD_MS,
  MAX_WAIT_FOR_SHELL_MS,
  MAX_WAIT_FOR_SHELL_PAINT_MS,
  startPage,
} from '../../utils/content/page-start';

/** A window stand-in: load events and animation frames, driven by the test. */
function fakePage(readyState: DocumentReadyState) {
  const doc = Object.assign(new EventTarget(), { readyState, visibilityState: 'visible' });
  const frames: FrameRequestCallback[] = [];
  const win = Object.assign(new EventTarget(), {
    document: doc,
    performance: { now: () => Date.now(), getEntriesByType: () => [] },
    requestAnimationFrame: (callback: FrameRequestCallback) => frames.push(callback),
  });
  return {
    win: win as unknown as Window,
    domContentLoaded() {
      doc.readyState = 'interactive';
      doc.dispatchEvent(new Event('DOMContentLoaded'));
    },
    load() {
      doc.readyState = 'complete';
      win.dispatchEvent(new Event('load'));
    },
    /** The browser's next rendering frame: its animation-frame callbacks run, then layout and paint. */
    frame() {
      for (const callback of frames.splice(0)) callback(Date.now());
    },
    framesWaiting: () => frames.length,
  };
}

/** Lets the promise callbacks queued so far run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('startPage', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function run(page: ReturnType<typeof fakePage>, drawn: boolean, signal = new AbortController().signal) {
    const order: string[] = [];
    startPage({
      drawShell: () => (order.push('shell'), drawn),
      start: () => void order.push('start'),
      signal,
      win: page.win,
    });
    return order;
  }

  it('draws the shell after the load event and starts the rest only once the frame showing it is painted', async () => {
    const page = fakePage('loading');
    const order = run(page, true);
    page.domContentLoaded();
    page.load();
    await settle();
    expect(order).toEqual(['shell']);
    page.frame();
    expect(order).toEqual(['shell']); // inside the animation frame the shell is not painted yet
    await settle();
    expect(order).toEqual(['shell', 'start']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(order).toEqual(['shell', 'start']);
  });

  it('starts at once after the load event where no shell was drawn (no name on the page, lists, collapsed)', async () => {
    const page = fakePage('loading');
    const order = run(page, false);
    page.domContentLoaded();
    page.load();
    await settle();
    expect(order).toEqual(['shell', 'start']);
    expect(page.framesWaiting()).toBe(0);
  });

  it('on a page still loading, draws the shell and starts after their waits from DOMContentLoaded', async () => {
    const page = fakePage('loading');
    const order = run(page, true);
    page.domContentLoaded();
    await vi.advanceTimersByTimeAsync(MAX_WAIT_FOR_SHELL_MS);
    expect(order).toEqual(['shell']);
    page.frame();
    await vi.advanceTimersByTimeAsync(MAX_WAIT_FOR_PAGE_LOAD_MS - MAX_WAIT_FOR_SHELL_MS - 1);
    expect(order).toEqual(['shell']); // painted, but the frame still waits for the page's load
    await vi.advanceTimersByTimeAsync(1);
    expect(order).toEqual(['shell', 'start']);
  });

  it('starts anyway when no frame comes to paint the shell', async () => {
    const page = fakePage('complete');
    const order = run(page, true);
    await vi.advanceTimersByTimeAsync(MAX_WAIT_FOR_SHELL_PAINT_MS - 1);
    expect(order).toEqual(['shell']);
    await vi.advanceTimersByTimeAsync(1);
    expect(order).toEqual(['shell', 'start']);
    page.frame();
    await settle();
    expect(order).toEqual(['shell', 'start']);
  });

  it('does not start once stopped while the shell waits to be painted', async () => {
    const page = fakePage('complete');
    const stop = new AbortController();
    const order = run(page, true, stop.signal);
    stop.abort();
    page.frame();
    await vi.advanceTimersByTimeAsync(1000);
    expect(order).toEqual(['shell']);
  });
});
