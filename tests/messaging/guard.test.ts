import { describe, expect, it, vi } from 'vitest';
import { handleValidated } from '../../utils/messaging/guard';
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
    await expect(handleValidated('getTabProfile', undefined, page, handler, ID)).rejects.toThrow();
  });
});
