import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenPageLoaded } from '../../utils/content/page-loaded';

/** A window stand-in: the events and timing entries whenPageLoaded reads, driven by the test. */
function fakePage(readyState: DocumentReadyState, domContentLoadedEventEnd?: number) {
  const doc = Object.assign(new EventTarget(), { readyState });
  const win = Object.assign(new EventTarget(), {
    document: doc,
    performance: {
      now: () => Date.now(),
      getEntriesByType: () => (domContentLoadedEventEnd === undefined ? [] : [{ domContentLoadedEventEnd }]),
    },
  });
  const fire = (target: EventTarget, type: string, state: DocumentReadyState) => {
    doc.readyState = state;
    target.dispatchEvent(new Event(type));
  };
  return {
    win: win as unknown as Window,
    domContentLoaded: () => fire(doc, 'DOMContentLoaded', 'interactive'),
    load: () => fire(win, 'load', 'complete'),
  };
}

describe('whenPageLoaded', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(10_000);
  });
  afterEach(() => vi.useRealTimers());

  it('runs at once on a page that has already loaded', () => {
    const callback = vi.fn();
    whenPageLoaded(callback, { maxWaitAfterDomMs: 150, win: fakePage('complete').win });
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('waits for the load event, then runs once in a task after it', () => {
    const page = fakePage('loading');
    const callback = vi.fn();
    whenPageLoaded(callback, { maxWaitAfterDomMs: 150, win: page.win });
    page.domContentLoaded();
    vi.advanceTimersByTime(100);
    expect(callback).not.toHaveBeenCalled();
    page.load();
    expect(callback).not.toHaveBeenCalled(); // not inside the load listener
    vi.advanceTimersByTime(0);
    expect(callback).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('starts anyway when the load event is late, counting from DOMContentLoaded', () => {
    // The script arrives 100 ms after DOMContentLoaded: 50 ms of the 150 are left.
    const page = fakePage('interactive', 10_000 - 100);
    const callback = vi.fn();
    whenPageLoaded(callback, { maxWaitAfterDomMs: 150, win: page.win });
    vi.advanceTimersByTime(49);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(callback).toHaveBeenCalledTimes(1);
    page.load();
    vi.advanceTimersByTime(10);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('counts the full wait from DOMContentLoaded when the script was there before it', () => {
    const page = fakePage('loading');
    const callback = vi.fn();
    whenPageLoaded(callback, { maxWaitAfterDomMs: 150, win: page.win });
    vi.advanceTimersByTime(500);
    expect(callback).not.toHaveBeenCalled();
    page.domContentLoaded();
    vi.advanceTimersByTime(149);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('never runs once the signal has aborted', () => {
    const page = fakePage('interactive');
    const callback = vi.fn();
    const controller = new AbortController();
    whenPageLoaded(callback, { maxWaitAfterDomMs: 150, win: page.win, signal: controller.signal });
    controller.abort();
    page.load();
    vi.advanceTimersByTime(1000);
    expect(callback).not.toHaveBeenCalled();
  });
});
