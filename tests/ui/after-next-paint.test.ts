import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from '../../utils/ui/after-next-paint';

/** A window stand-in whose animation frames the test runs. */
function fakeWindow(visibilityState: DocumentVisibilityState = 'visible') {
  const frames: FrameRequestCallback[] = [];
  const win = { document: { visibilityState }, requestAnimationFrame: (callback: FrameRequestCallback) => frames.push(callback) };
  return {
    win: win as unknown as Window,
    frame: () => frames.splice(0).forEach((callback) => callback(Date.now())),
    framesWaiting: () => frames.length,
  };
}

const settle = () => vi.advanceTimersByTimeAsync(0);

describe('afterNextPaint', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('resolves in a task after the next animation frame', async () => {
    const page = fakeWindow();
    const done = vi.fn();
    void afterNextPaint(page.win, 150).then(done);
    await vi.advanceTimersByTimeAsync(100);
    expect(done).not.toHaveBeenCalled();
    page.frame();
    await Promise.resolve();
    expect(done).not.toHaveBeenCalled();
    await settle();
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('resolves at once in a hidden tab, which draws no frames', async () => {
    const page = fakeWindow('hidden');
    const done = vi.fn();
    void afterNextPaint(page.win, 150).then(done);
    await Promise.resolve();
    expect(done).toHaveBeenCalledTimes(1);
    expect(page.framesWaiting()).toBe(0);
  });

  it('resolves after the longest wait when no frame comes', async () => {
    const page = fakeWindow();
    const done = vi.fn();
    void afterNextPaint(page.win, 150).then(done);
    await vi.advanceTimersByTimeAsync(149);
    expect(done).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toHaveBeenCalledTimes(1);
  });
});
