import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { KEEP_AWAKE_EVERY_MS, keepAwakeDuring, keepAwakeUntilSettled } from '../../utils/messaging/keep-awake';
import { messenger } from '../../utils/messaging/messenger';

/** A promise settled from outside, like a background answer that arrives later. */
function pending<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('keepAwakeUntilSettled', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('pings while the answer is pending and stops once it arrives', async () => {
    const answer = pending<string>();
    const ping = vi.fn(() => Promise.resolve());
    const result = keepAwakeUntilSettled(answer.promise, ping);
    expect(ping).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(KEEP_AWAKE_EVERY_MS * 3);
    expect(ping).toHaveBeenCalledTimes(3);
    answer.resolve('done');
    await expect(result).resolves.toBe('done');
    await vi.advanceTimersByTimeAsync(KEEP_AWAKE_EVERY_MS * 5);
    expect(ping).toHaveBeenCalledTimes(3);
  });

  it('stops on a rejection too and passes it on', async () => {
    const answer = pending<string>();
    const ping = vi.fn(() => Promise.resolve());
    const result = keepAwakeUntilSettled(answer.promise, ping);
    await vi.advanceTimersByTimeAsync(KEEP_AWAKE_EVERY_MS);
    answer.reject(new Error('No response'));
    await expect(result).rejects.toThrow('No response');
    await vi.advanceTimersByTimeAsync(KEEP_AWAKE_EVERY_MS * 5);
    expect(ping).toHaveBeenCalledTimes(1);
  });

  it('a quick answer sends no ping, and a failing ping changes nothing', async () => {
    const ping = vi.fn(() => Promise.reject(new Error('Receiving end does not exist')));
    await expect(keepAwakeUntilSettled(Promise.resolve(1), ping)).resolves.toBe(1);
    await vi.advanceTimersByTimeAsync(KEEP_AWAKE_EVERY_MS * 2);
    expect(ping).not.toHaveBeenCalled();

    const slow = pending<number>();
    const result = keepAwakeUntilSettled(slow.promise, ping);
    await vi.advanceTimersByTimeAsync(KEEP_AWAKE_EVERY_MS * 2);
    expect(ping).toHaveBeenCalledTimes(2);
    slow.resolve(2);
    await expect(result).resolves.toBe(2);
  });
});

describe('messenger', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
  });
  afterEach(() => {
    messenger.removeAllListeners();
    vi.useRealTimers();
  });

  it("sends keepAwake to the background while a page's request is unanswered, and none after", async () => {
    const pings = vi.fn();
    messenger.onMessage('keepAwake', () => void pings());
    const restore = pending<void>();
    messenger.onMessage('restoreSafetyBackup', async () => {
      await restore.promise;
      return { added: 0, updated: 0, removed: 0 } as never;
    });
    const answer = messenger.sendMessage('restoreSafetyBackup', { id: 'b1' });
    await vi.advanceTimersByTimeAsync(KEEP_AWAKE_EVERY_MS * 2.5);
    // One right before the slow message (pings after it would wait behind it), then one a second.
    expect(pings).toHaveBeenCalledTimes(3);
    restore.resolve();
    await answer;
    await vi.advanceTimersByTimeAsync(KEEP_AWAKE_EVERY_MS * 3);
    expect(pings).toHaveBeenCalledTimes(3);
  });

  it('sends no ping ahead of a quick message', async () => {
    const pings = vi.fn();
    messenger.onMessage('keepAwake', () => void pings());
    messenger.onMessage('getSafetyBackup', () => null);
    await messenger.sendMessage('getSafetyBackup', undefined);
    await vi.advanceTimersByTimeAsync(KEEP_AWAKE_EVERY_MS * 2);
    expect(pings).not.toHaveBeenCalled();
  });

  it('the ping ahead of a slow message reaches the background before the message does', async () => {
    const order: string[] = [];
    messenger.onMessage('keepAwake', () => void order.push('keepAwake'));
    messenger.onMessage('restoreSafetyBackup', () => {
      order.push('restoreSafetyBackup');
      return { added: 0, updated: 0, removed: 0 } as never;
    });
    await messenger.sendMessage('restoreSafetyBackup', { id: 'b1' });
    expect(order).toEqual(['keepAwake', 'restoreSafetyBackup']);
  });
});

describe('keepAwakeDuring', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('pings before the work starts, then every interval until it settles', async () => {
    const events: string[] = [];
    const ping = vi.fn(() => {
      events.push('ping');
      return Promise.resolve();
    });
    const work = pending<string>();
    const result = keepAwakeDuring(() => {
      events.push('work');
      return work.promise;
    }, ping);
    expect(events).toEqual(['ping', 'work']);
    await vi.advanceTimersByTimeAsync(KEEP_AWAKE_EVERY_MS * 2);
    expect(ping).toHaveBeenCalledTimes(3);
    work.resolve('parsed');
    await expect(result).resolves.toBe('parsed');
    await vi.advanceTimersByTimeAsync(KEEP_AWAKE_EVERY_MS * 3);
    expect(ping).toHaveBeenCalledTimes(3);
  });
});
