import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerOnboarding } from '../../utils/background/onboarding';
import { WELCOME_HASH } from '../../utils/extension-pages';

describe('first-run onboarding', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('opens the options page on #welcome after a fresh install', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    registerOnboarding();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(() => expect(create).toHaveBeenCalledOnce());
    expect(create.mock.calls[0]?.[0].url).toMatch(new RegExp(`/options\\.html${WELCOME_HASH}$`));
  });

  it('stays quiet on updates and browser updates', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    registerOnboarding();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.1', temporary: false });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'browser_update', temporary: false });
    await new Promise((r) => setTimeout(r, 10));
    expect(create).not.toHaveBeenCalled();
  });
});
