import { afterEach, describe, expect, it, vi } from 'vitest';
import { Window } from 'happy-dom';
import { createSidebarFrame } from '../../utils/content/sidebar-frame';
import type { ContentExtensionApi } from '../../utils/content/extension-api';

function setup() {
  const window = new Window({ url: 'https://www.linkedin.com/in/ada-example/' });
  const doc = window.document as unknown as Document;
  const tokens: string[] = [];
  let alive = true;
  const api: ContentExtensionApi = {
    runtime: {
      get id() {
        return alive ? 'ext' : undefined;
      },
      // A same-document URL keeps happy-dom from fetching anything.
      getURL: (path) => `about:blank${path}`,
      sendMessage: async () => undefined,
    },
    storage: {
      local: { get: async () => ({}) },
      onChanged: { addListener: () => undefined, removeListener: () => undefined },
    },
  };
  const stop = new AbortController();
  const frame = createSidebarFrame({ api, doc, signal: stop.signal, register: (t) => tokens.push(t) });
  const iframe = () => doc.querySelector<HTMLIFrameElement>('#mentor-radar iframe');
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return { window, doc, frame, tokens, iframe, settle, stop, kill: () => (alive = false) };
}

afterEach(() => vi.restoreAllMocks());

describe('sidebar frame', () => {
  it('is not created on pages we do not read, and once shown holds one blank-src iframe with a fresh secret', async () => {
    const s = setup();
    s.frame.setVisible(false);
    expect(s.doc.getElementById('mentor-radar')).toBeNull();
    expect(s.tokens).toEqual([]);
    s.frame.setVisible(true);
    expect(s.iframe()?.getAttribute('src')).toBe('about:blank');
    expect(s.tokens).toHaveLength(1);
    expect(s.tokens[0]).toMatch(/^[0-9a-f]{32}$/);
    s.stop.abort();
  });

  it('a removed, re-pointed or restyled frame is replaced by a new one with a new secret', async () => {
    const s = setup();
    s.frame.setVisible(true);
    s.doc.getElementById('mentor-radar')!.remove();
    await s.settle();
    expect(s.iframe()).not.toBeNull();
    expect(s.tokens).toHaveLength(2);

    const before = s.iframe();
    before!.setAttribute('src', 'https://www.linkedin.com/feed/');
    await s.settle();
    expect(s.iframe()).not.toBe(before);
    expect(s.iframe()?.getAttribute('src')).toBe('about:blank');
    expect(s.tokens).toHaveLength(3);

    s.iframe()!.style.setProperty('width', '1px', 'important');
    await s.settle();
    expect(s.iframe()?.style.getPropertyValue('width')).toBe('100%');
    expect(s.tokens).toHaveLength(4);
    expect(new Set(s.tokens).size).toBe(4);
    s.stop.abort();
  });

  it('our own layout changes are not mistaken for tampering', async () => {
    const s = setup();
    s.frame.setVisible(true);
    s.frame.setVisible(false);
    s.frame.setVisible(true);
    await s.settle();
    expect(s.tokens).toHaveLength(1);
    s.stop.abort();
  });

  it('a page that tampers forever gets a bounded number of new frames', async () => {
    const s = setup();
    s.frame.setVisible(true);
    for (let i = 0; i < 40; i++) {
      s.doc.getElementById('mentor-radar')?.remove();
      await s.settle();
    }
    expect(s.tokens.length).toBeLessThanOrEqual(21);
    s.stop.abort();
  });

  it('stops and removes its frame when the extension is gone or the script is stopped', async () => {
    const s = setup();
    s.frame.setVisible(true);
    s.kill();
    s.doc.getElementById('mentor-radar')!.remove();
    await s.settle();
    expect(s.iframe()).toBeNull();
    s.stop.abort();
    const t = setup();
    t.frame.setVisible(true);
    t.stop.abort();
    expect(t.doc.getElementById('mentor-radar')).toBeNull();
  });
});
