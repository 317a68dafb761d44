import { afterEach, describe, expect, it, vi } from 'vitest';
import { Window } from 'happy-dom';
import { createSidebarFrame } from '../../utils/content/sidebar-frame';
import type { ContentExtensionApi } from '../../utils/content/extension-api';
import { SIDEBAR_COLLAPSED_KEY } from '../../utils/ui/sidebar-collapsed-key';

function setup({ collapsed = false }: { collapsed?: boolean } = {}) {
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
      local: { get: async () => (collapsed ? { [SIDEBAR_COLLAPSED_KEY]: true } : {}) },
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

  describe('the shell (name and headline before the frame has loaded)', () => {
    const ada = { key: 'linkedin:ada-example', name: 'Ada <img src=x onerror=alert(1)> Example', headline: 'Head of Platform' };
    const shellRoot = (s: ReturnType<typeof setup>) => {
      const attach = vi.spyOn(s.window.HTMLElement.prototype, 'attachShadow');
      return () => attach.mock.results[0]?.value as ShadowRoot | undefined;
    };
    const wrapper = (s: ReturnType<typeof setup>) => s.doc.getElementById('mentor-radar')!;

    it('shows the name and headline the page shows as text at once, closed to the page, with no frame and no secret yet', async () => {
      const s = setup();
      const root = shellRoot(s);
      expect(s.frame.preview(ada)).toBe(true);
      expect(s.frame.preview(ada)).toBe(false); // drawn once
      await s.settle();
      expect(s.iframe()).toBeNull();
      expect(s.tokens).toEqual([]);
      const host = wrapper(s).firstElementChild as HTMLElement;
      expect(wrapper(s).style.getPropertyValue('display')).toBe('block');
      expect(host.shadowRoot).toBeNull();
      expect(root()?.querySelector('[data-testid="profile-name"]')?.textContent).toBe(ada.name);
      expect(root()?.querySelector('img')).toBeNull();
      expect(root()?.textContent).toContain('Head of Platform');
      s.stop.abort();
    });

    it('stays under the frame for the same person, goes when the tab shows someone else; neither is tampering', async () => {
      const s = setup();
      s.frame.preview(ada);
      await s.settle();
      const host = wrapper(s).firstElementChild;
      s.frame.setVisible(true, ada.key);
      await s.settle();
      expect([...wrapper(s).children]).toEqual([host, s.iframe()]);
      expect(s.iframe()!.style.getPropertyValue('position')).toBe('relative');
      s.frame.setVisible(true, 'linkedin:someone-else');
      await s.settle();
      expect([...wrapper(s).children]).toEqual([s.iframe()]);
      expect(s.tokens).toHaveLength(1);
      s.stop.abort();
    });

    it('is not shown when the user keeps the sidebar collapsed', async () => {
      const s = setup({ collapsed: true });
      s.frame.preview(ada);
      await s.settle();
      expect(wrapper(s).children).toHaveLength(0);
      s.stop.abort();
      // Known before the page loaded (the content script runs from document_start): not drawn at all.
      const t = setup({ collapsed: true });
      await t.settle();
      expect(t.frame.preview(ada)).toBe(false);
      expect(t.doc.getElementById('mentor-radar')).toBeNull();
      t.stop.abort();
    });

    it('a restyled or moved shell brings a fresh frame without it', async () => {
      const s = setup();
      s.frame.preview(ada);
      await s.settle();
      (wrapper(s).firstElementChild as HTMLElement).style.setProperty('opacity', '0.5', 'important');
      await s.settle();
      expect(s.iframe()).not.toBeNull();
      expect(wrapper(s).children).toHaveLength(1);
      expect(s.tokens).toHaveLength(1);

      const t = setup();
      t.frame.preview(ada);
      await t.settle();
      t.doc.body.append(wrapper(t).firstElementChild!);
      await t.settle();
      expect([...wrapper(t).children]).toEqual([t.iframe()]);
      s.stop.abort();
      t.stop.abort();
    });
  });
});
