import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { injectPageReader } from '../../utils/background/page-reader';
import { handleValidated } from '../../utils/messaging/guard';

describe('the page reader is injected only where a content script asked for it', () => {
  afterEach(() => vi.restoreAllMocks());

  it('runs the built page-reader.js in the asking frame of the asking tab', async () => {
    const run = vi.fn(async () => []);
    (browser as unknown as { scripting: { executeScript: typeof run } }).scripting = { executeScript: run };
    await injectPageReader(12, 0);
    expect(run).toHaveBeenCalledWith({ target: { tabId: 12, frameIds: [0] }, files: ['/page-reader.js'] });
  });

  it('the message is refused from anything but a content script on the two sites', async () => {
    const handler = vi.fn();
    const popup = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
    const otherSite = { id: 'ext', url: 'https://example.com/', tab: { id: 3 } } as never;
    await expect(handleValidated('loadPageReader', undefined, popup, handler, 'ext')).rejects.toThrow(/not allowed/);
    await expect(handleValidated('loadPageReader', undefined, otherSite, handler, 'ext')).rejects.toThrow(/not allowed/);
    expect(handler).not.toHaveBeenCalled();
    const content = { id: 'ext', url: 'https://www.linkedin.com/in/ada-example/', tab: { id: 7 } } as never;
    await handleValidated('loadPageReader', undefined, content, handler, 'ext');
    expect(handler).toHaveBeenCalledTimes(1);
  });
});
