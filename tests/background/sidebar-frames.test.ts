import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSidebarFrames } from '../../utils/background/sidebar-frames';

const TOKEN = 'ab'.repeat(16);
const OTHER = 'cd'.repeat(16);
const frame = (frameId: number, tabId = 4) => ({ tab: { id: tabId }, frameId });

describe('sidebar frames: only the frame holding the content script’s secret acts as the sidebar', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the frame that claims with the registered secret is the sidebar; other frames of the tab are not', async () => {
    const frames = createSidebarFrames(fakeBrowser.storage.session);
    await frames.register(4, TOKEN);
    expect(await frames.claim(frame(12), TOKEN)).toBe(true);
    expect(await frames.isClaimedFrame(frame(12))).toBe(true);
    expect(await frames.isClaimedFrame(frame(13))).toBe(false);
    expect(await frames.isClaimedFrame(frame(12, 5))).toBe(false);
    // The secret is spent on the first frame: another frame showing it later gets nothing.
    expect(await frames.claim(frame(13), TOKEN)).toBe(false);
  });

  it('a wrong secret, a top-level page or a sender outside a tab never claims', async () => {
    const frames = createSidebarFrames(fakeBrowser.storage.session);
    await frames.register(4, TOKEN);
    const wrong = frames.claim(frame(12), OTHER);
    expect(await frames.claim({ tab: { id: 4 }, frameId: 0 }, TOKEN)).toBe(false);
    expect(await frames.claim({ frameId: 3 }, TOKEN)).toBe(false);
    expect(await wrong).toBe(false);
  }, 10_000);

  it('a claim that arrives before its register waits for it', async () => {
    const frames = createSidebarFrames(fakeBrowser.storage.session);
    const claim = frames.claim(frame(12), TOKEN);
    await frames.register(4, TOKEN);
    expect(await claim).toBe(true);
  });

  it('a new frame of the content script takes the privileges from the old one', async () => {
    const frames = createSidebarFrames(fakeBrowser.storage.session);
    await frames.register(4, TOKEN);
    await frames.claim(frame(12), TOKEN);
    await frames.register(4, OTHER);
    expect(await frames.isClaimedFrame(frame(12))).toBe(false);
    expect(await frames.claim(frame(15), OTHER)).toBe(true);
    expect(await frames.isClaimedFrame(frame(15))).toBe(true);
  });

  it('survives a service-worker restart (storage.session), and forgets closed tabs', async () => {
    await createSidebarFrames(fakeBrowser.storage.session).register(4, TOKEN);
    const afterRestart = createSidebarFrames(fakeBrowser.storage.session);
    expect(await afterRestart.claim(frame(12), TOKEN)).toBe(true);
    expect(await createSidebarFrames(fakeBrowser.storage.session).isClaimedFrame(frame(12))).toBe(true);
    await afterRestart.forgetTab(4);
    expect(await createSidebarFrames(fakeBrowser.storage.session).isClaimedFrame(frame(12))).toBe(false);
  });
});
