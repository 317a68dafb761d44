import { afterEach, describe, expect, it, vi } from 'vitest';
import { handleValidated, trustFramedPagesWith } from '../../utils/messaging/guard';
import { makeProfile } from '../support/profiles';

const ID = 'ext';
const page = { id: ID, url: `chrome-extension://${ID}/popup.html` };
const content = { id: ID, url: 'https://www.linkedin.com/in/ada-example/', tab: { id: 7 } } as never;

describe('handleValidated', () => {
  it('passes valid data from the declared origin to the handler and returns its checked output', async () => {
    const handler = vi.fn(() => null);
    const result = await handleValidated('getContact', { key: 'linkedin:ada' }, page, handler, ID);
    expect(result).toBeNull();
    expect(handler).toHaveBeenCalledWith({ key: 'linkedin:ada' }, { sender: page });
  });

  it('rejects a page message sent by a content script, without calling the handler', async () => {
    const handler = vi.fn();
    await expect(handleValidated('saveContact', { profile: makeProfile() }, content, handler, ID)).rejects.toThrow(
      /not allowed/,
    );
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects a content message from an extension page', async () => {
    const handler = vi.fn();
    await expect(handleValidated('reportTabProfile', { status: 'none' }, page, handler, ID)).rejects.toThrow(
      /not allowed/,
    );
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects invalid data with a message naming the message', async () => {
    const handler = vi.fn();
    await expect(
      handleValidated('reportTabProfile', { status: 'ready', url: 'x', profile: { name: '' } }, content, handler, ID),
    ).rejects.toThrow(/Rejected "reportTabProfile": invalid data/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses to return output that does not fit the schema', async () => {
    const handler = vi.fn(() => ({ tabId: 1, state: { status: 'bogus' } }) as never);
    await expect(handleValidated('claimSidebar', { token: 'a'.repeat(32) }, page, handler, ID)).rejects.toThrow();
  });
});

describe('framed extension pages (the sidebar, or a copy a web page framed)', () => {
  const framed = (frameId: number) => ({ id: ID, url: `chrome-extension://${ID}/sidebar.html`, tab: { id: 7 }, frameId }) as never;
  const options = { id: ID, url: `chrome-extension://${ID}/options.html`, tab: { id: 9 }, frameId: 0 } as never;
  afterEach(() => trustFramedPagesWith(null));

  it('refuses every message of a framed page the background has not recognised as its sidebar', async () => {
    const handler = vi.fn(() => null);
    trustFramedPagesWith(async (sender) => sender.frameId === 3);
    await expect(handleValidated('getContact', { key: 'linkedin:ada' }, framed(5), handler, ID)).rejects.toThrow(
      /not the sidebar/,
    );
    expect(handler).not.toHaveBeenCalled();
    await expect(handleValidated('getContact', { key: 'linkedin:ada' }, framed(3), handler, ID)).resolves.toBeNull();
    expect(handler).toHaveBeenCalledOnce();
  });

  it('lets any framed page try to claim, and refuses all framed pages when no check is installed', async () => {
    const claim = vi.fn(() => ({ tabId: 7, state: { status: 'none' as const } }));
    await expect(handleValidated('claimSidebar', { token: 'a'.repeat(32) }, framed(5), claim, ID)).resolves.toEqual({
      tabId: 7,
      state: { status: 'none' },
    });
    await expect(handleValidated('getContact', { key: 'linkedin:ada' }, framed(5), vi.fn(), ID)).rejects.toThrow(
      /not the sidebar/,
    );
  });

  it('does not concern extension pages at the top of their own tab, or without a tab', async () => {
    trustFramedPagesWith(async () => false);
    const handler = vi.fn(() => null);
    await expect(handleValidated('getContact', { key: 'linkedin:ada' }, options, handler, ID)).resolves.toBeNull();
    await expect(handleValidated('getContact', { key: 'linkedin:ada' }, page, handler, ID)).resolves.toBeNull();
    expect(handler).toHaveBeenCalledTimes(2);
  });
});
