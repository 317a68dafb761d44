import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { publishLocally, subscribe } from '../../utils/messaging/broadcasts';

describe('a page tells its own views about its own change (publishLocally)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reaches every subscriber of that broadcast on this page, and only while subscribed', () => {
    const first = vi.fn();
    const second = vi.fn();
    const settings = vi.fn();
    const offFirst = subscribe('contactsChanged', first);
    const offSecond = subscribe('contactsChanged', second);
    const offSettings = subscribe('settingsChanged', settings);

    publishLocally('contactsChanged', { keys: ['linkedin:ada-example'] });
    expect(first).toHaveBeenCalledWith({ keys: ['linkedin:ada-example'] });
    expect(second).toHaveBeenCalledTimes(1);
    expect(settings).not.toHaveBeenCalled();

    offFirst();
    publishLocally('contactsChanged', { keys: ['xing:Ben_Example'] });
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenLastCalledWith({ keys: ['xing:Ben_Example'] });
    offSecond();
    offSettings();
  });
});
