import { extensionAlive, type ContentExtensionApi, type StorageChangeListener } from './extension-api';
import { applyStyle, iframeStyle, wrapperStyle } from './frame-style';
import { SIDEBAR_COLLAPSED_KEY } from '../ui/sidebar-collapsed-key';
import { createShell, type ShellPreview } from './sidebar-shell';

export const SIDEBAR_WRAPPER_ID = 'mentor-radar';
/** How often a shown sidebar checks that it is still on top and still our page (cheap; no page event can stop it). */
const WATCH_MS = 1000;
/** A page that tampers forever gets this many fresh frames per page load, then none (no reload loop). */
const MAX_REBUILDS = 20;

interface Mounted {
  wrapper: HTMLDivElement;
  /** Null while only the shell shows (between DOMContentLoaded and the page's load event). */
  iframe: HTMLIFrameElement | null;
  /** The name-and-headline shell under the frame, until the tab shows someone else or the sidebar collapses. */
  shell: HTMLElement | null;
  /** The key of the person the shell shows. */
  shellKey: string | null;
  /** The style attributes as we last wrote them: any other value was written by the page. */
  wrapperStyle: string;
  iframeStyle: string;
  shellStyle: string;
  navigated: boolean;
  observer: MutationObserver;
}

export interface SidebarFrameOptions {
  api: ContentExtensionApi;
  /** Tells the background the secret the new frame will claim its privileges with (see utils/background/sidebar-frames.ts). */
  register(token: string): void;
  signal: AbortSignal;
  doc?: Document;
}

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The sidebar is an extension page in an iframe: the page's scripts cannot read into it (cross-origin) and its CSS
 * cannot reach it. Created only once the tab shows something we read (no frame, no memory on the feed or in
 * messaging), hung off <html> (SPAs replace <body>), and shown in the top layer where the browser has it, so no
 * z-index covers it. A frame the page removes, restyles, re-points or covers is replaced by a fresh one with a new
 * token; the background grants privileges only to the frame that claimed the current token (issue 13.2).
 */
export function createSidebarFrame({ api, register, signal, doc = document }: SidebarFrameOptions) {
  let visible = false;
  let collapsed: boolean | undefined;
  let mounted: Mounted | null = null;
  let rebuilds = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  // The document's own window's observer (the page's, in tests a simulated one).
  const Observer = (doc.defaultView as (Window & typeof globalThis) | null)?.MutationObserver ?? MutationObserver;

  const layoutOf = () => ({ visible: visible && collapsed !== undefined, collapsed: collapsed === true });

  function layout(): void {
    if (!mounted) return;
    // A collapsed sidebar is a narrow tab: the shell's card would show through and squeezed.
    if (collapsed === true) dropShell();
    mounted.wrapperStyle = applyStyle(mounted.wrapper, wrapperStyle(layoutOf()));
    raise(mounted.wrapper, false);
  }

  function mountWrapper(): Mounted {
    const wrapper = doc.createElement('div');
    wrapper.id = SIDEBAR_WRAPPER_ID;
    if (typeof wrapper.showPopover === 'function') wrapper.popover = 'manual';
    const m: Mounted = {
      wrapper,
      iframe: null,
      shell: null,
      shellKey: null,
      wrapperStyle: applyStyle(wrapper, wrapperStyle(layoutOf())),
      iframeStyle: '',
      shellStyle: '',
      navigated: false,
      observer: new Observer(() => {
        if (tampered(m)) rebuild();
      }),
    };
    doc.documentElement.append(wrapper);
    raise(wrapper, false);
    m.observer.observe(wrapper, { attributes: true, childList: true });
    m.observer.observe(doc.documentElement, { childList: true });
    return m;
  }

  function addShell(m: Mounted, p: ShellPreview): void {
    const dark = doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches === true;
    const { host, style } = createShell(doc, p, dark);
    m.shell = host;
    m.shellKey = p.key;
    m.shellStyle = style;
    m.wrapper.prepend(host);
    m.observer.observe(host, { attributes: true });
  }

  function addFrame(m: Mounted): void {
    const token = randomToken();
    register(token);
    const iframe = doc.createElement('iframe');
    iframe.title = 'Mentor Radar';
    // Fixed before the frame starts loading: its permissions policy.
    iframe.setAttribute('allow', 'clipboard-write');
    // The page can read an iframe's src: it would see the extension's address (in Firefox a fixed per-install
    // id, a fingerprint). The frame starts blank and is navigated below; the token travels in the hash.
    iframe.src = 'about:blank';
    m.iframe = iframe;
    m.iframeStyle = applyStyle(iframe, iframeStyle());
    m.wrapper.append(iframe);
    iframe.contentWindow?.location.replace(`${api.runtime.getURL('/sidebar.html')}#${token}`);
    m.navigated = true;
    m.observer.observe(iframe, { attributes: true });
  }

  function build(): Mounted {
    const m = mountWrapper();
    addFrame(m);
    return m;
  }

  function tampered(m: Mounted): boolean {
    const ours = [m.shell, m.iframe].filter((n) => n !== null);
    const children = m.wrapper.childNodes;
    if (!m.wrapper.isConnected || children.length !== ours.length || ours.some((n, i) => children[i] !== n)) return true;
    if (m.wrapper.getAttribute('style') !== m.wrapperStyle) return true;
    if (m.shell && m.shell.getAttribute('style') !== m.shellStyle) return true;
    if (!m.iframe) return false;
    if (m.iframe.getAttribute('style') !== m.iframeStyle) return true;
    if (m.iframe.getAttribute('src') !== 'about:blank' || m.iframe.hasAttribute('srcdoc')) return true;
    // Our page is cross-origin to this one: a document we can read here was put there by the page. (Firefox lets a
    // content script read its own extension's frames.)
    try {
      const href = m.iframe.contentWindow?.location.href;
      if (m.navigated && href !== undefined && href !== 'about:blank' && !href.startsWith(api.runtime.getURL('/'))) return true;
    } catch {
      // Cross-origin: ours (or another site's; the background trusts only the frame holding the token).
    }
    return false;
  }

  function dropShell(): void {
    if (!mounted?.shell) return;
    mounted.shell.remove();
    mounted.shell = null;
    mounted.shellKey = null;
  }

  function remove(m: Mounted): void {
    m.observer.disconnect();
    m.wrapper.remove();
  }

  function rebuild(): void {
    if (mounted) remove(mounted);
    mounted = null;
    if (signal.aborted || !extensionAlive(api) || ++rebuilds > MAX_REBUILDS) return;
    mounted = build();
  }

  /**
   * On top of everything: the top layer. `again` re-enters it (to the top of it) when something covers the
   * sidebar; otherwise it only opens it if the page closed it.
   */
  function raise(wrapper: HTMLDivElement, again: boolean): void {
    if (typeof wrapper.showPopover !== 'function' || !wrapper.isConnected) return;
    try {
      const open = wrapper.matches(':popover-open');
      if (open && !again) return;
      if (open) wrapper.hidePopover();
      wrapper.showPopover();
    } catch {
      // Not allowed right now (e.g. a modal dialog is open); z-index still applies.
    }
  }

  function covered(m: Mounted): boolean {
    const r = m.wrapper.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    const points: Array<[number, number]> = [
      [r.left + r.width / 2, r.top + Math.min(r.height / 2, 200)],
      [r.left + 8, r.top + 8],
      [r.right - 8, r.bottom - 8],
    ];
    return points.some(([x, y]) => {
      const hit = doc.elementFromPoint(x, y);
      return hit !== null && hit !== m.iframe && hit !== m.wrapper;
    });
  }

  function watch(): void {
    if (!extensionAlive(api)) return stop();
    if (!mounted || !visible) return;
    if (tampered(mounted)) return rebuild();
    if (!mounted.iframe) return;
    if (covered(mounted) && !doc.querySelector('dialog:modal')) raise(mounted.wrapper, true);
    else raise(mounted.wrapper, false);
  }

  const onStorage: StorageChangeListener = (changes, area) => {
    const change = changes[SIDEBAR_COLLAPSED_KEY];
    if (area !== 'local' || !change) return;
    collapsed = change.newValue === true;
    layout();
  };
  api.storage.onChanged.addListener(onStorage);
  void api.storage.local.get(SIDEBAR_COLLAPSED_KEY).then(
    (stored) => {
      // A change seen meanwhile is newer than this read.
      collapsed ??= stored[SIDEBAR_COLLAPSED_KEY] === true;
      layout();
    },
    () => {
      collapsed ??= false;
      layout();
    },
  );

  function stop(): void {
    clearInterval(timer);
    try {
      api.storage.onChanged.removeListener(onStorage);
    } catch {
      // The extension is gone: nothing to unregister from.
    }
    if (mounted) remove(mounted);
    mounted = null;
  }
  signal.addEventListener('abort', stop);

  return {
    /**
     * The person the page names, shown at once in the shell while the frame is created and loads. Not when the user
     * keeps the sidebar collapsed (unknown until storage answers: the wrapper stays hidden until then). True when it
     * drew the shell.
     */
    preview(p: ShellPreview): boolean {
      if (mounted || signal.aborted || collapsed === true) return false;
      visible = true;
      mounted = mountWrapper();
      addShell(mounted, p);
      layout();
      return true;
    },
    /** Shown while the tab shows something we read; created the first time that happens, kept loaded after. */
    setVisible(value: boolean, key: string | null = null): void {
      visible = value;
      if (mounted?.shellKey && key !== mounted.shellKey) dropShell();
      if (value && !signal.aborted) {
        if (!mounted) mounted = build();
        else if (!mounted.iframe) addFrame(mounted);
        timer ??= setInterval(watch, WATCH_MS);
      }
      layout();
    },
    /** A fresh frame and secret (the page came back from the back/forward cache: another page took the tab's). */
    renew(): void {
      if (mounted) rebuild();
    },
  };
}

export type SidebarFrame = ReturnType<typeof createSidebarFrame>;
