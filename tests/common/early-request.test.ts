import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createEarlyRequest } from '../../components/common/early-request';
import { publishLocally } from '../../utils/messaging/broadcasts';

describe('a request made before the first render (popup first page, radar first answer)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is made once however often it is started, and handed to the first mount only', () => {
    const early = createEarlyRequest<number>();
    const make = vi.fn(() => 42);
    early.start(make);
    early.start(make);
    expect(make).toHaveBeenCalledTimes(1);
    expect(early.take()).toBe(42);
    expect(early.take()).toBeNull();
  });

  it('can be looked at without taking it (the first render reads an answer already there)', () => {
    const early = createEarlyRequest<string>();
    expect(early.peek()).toBeNull();
    early.start(() => 'page');
    expect(early.peek()).toBe('page');
    expect(early.take()).toBe('page');
    expect(early.peek()).toBeNull();
    early.start(() => 'stale');
    publishLocally('contactsChanged', { keys: ['linkedin:ada-example'] });
    expect(early.peek()).toBeNull();
  });

  it('is dropped when contacts or settings change before the first mount (the answer would be stale)', () => {
    for (const change of [() => publishLocally('contactsChanged', { keys: ['linkedin:ada-example'] }), () => publishLocally('settingsChanged', undefined)]) {
      const early = createEarlyRequest<string>();
      early.start(() => 'stale');
      change();
      expect(early.take()).toBeNull();
      // A new one can be made after the drop.
      early.start(() => 'fresh');
      expect(early.take()).toBe('fresh');
    }
  });

  it('a request started after one was taken listens again: a change drops it too', () => {
    const early = createEarlyRequest<string>();
    early.start(() => 'first');
    expect(early.take()).toBe('first');
    early.start(() => 'second');
    publishLocally('settingsChanged', undefined);
    expect(early.take()).toBeNull();
  });
});
