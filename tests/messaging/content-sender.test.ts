import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { messenger } from '../../utils/messaging/messenger';
import { sendFromContent } from '../../utils/messaging/content-sender';

describe('sendFromContent', () => {
  beforeEach(() => fakeBrowser.reset());

  it("is received by @webext-core/messaging's onMessage with the data intact", async () => {
    const received = vi.fn();
    const remove = messenger.onMessage('reportTabProfile', ({ data }) => {
      received(data);
    });
    await sendFromContent('reportTabProfile', { status: 'loading', url: 'https://www.xing.com/profile/A_B', key: 'xing:a_b', platform: 'xing' });
    expect(received).toHaveBeenCalledWith({
      status: 'loading',
      url: 'https://www.xing.com/profile/A_B',
      key: 'xing:a_b',
      platform: 'xing',
    });
    remove();
  });

  it("turns the receiver's error into a rejected promise", async () => {
    const remove = messenger.onMessage('reportTabProfile', () => {
      throw new Error('Rejected "reportTabProfile": sender is not allowed to send it');
    });
    await expect(sendFromContent('reportTabProfile', { status: 'none' })).rejects.toThrow(/not allowed/);
    remove();
  });
});
