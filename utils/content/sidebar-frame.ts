import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createIframeUi } from 'wxt/utils/content-script-ui/iframe';
import { browser } from 'wxt/browser';
import { isSidebarCollapsed, watchSidebarCollapsed } from '../ui/sidebar-state';

export const SIDEBAR_WRAPPER_ID = 'mentor-radar';
const EXPANDED_WIDTH = '360px';

/** Inline styles only: the page's CSS cannot be trusted, and `!important` keeps it from restyling us. */
function applyLayout(iframe: HTMLIFrameElement, collapsed: boolean, visible: boolean): void {
  const s = iframe.style;
  s.setProperty('position', 'fixed', 'important');
  s.setProperty('right', '0', 'important');
  s.setProperty('left', 'auto', 'important');
  s.setProperty('border', '0', 'important');
  s.setProperty('z-index', '2147483646', 'important');
  s.setProperty('color-scheme', 'normal', 'important');
  s.setProperty('display', visible ? 'block' : 'none', 'important');
  s.setProperty('top', collapsed ? 'calc(50vh - 70px)' : '0', 'important');
  s.setProperty('width', collapsed ? '44px' : `min(${EXPANDED_WIDTH}, 100vw)`, 'important');
  s.setProperty('height', collapsed ? '140px' : '100vh', 'important');
  s.setProperty('box-shadow', collapsed ? 'none' : '-2px 0 12px rgba(0,0,0,.18)', 'important');
  s.setProperty('background', 'transparent', 'important');
}

/**
 * The sidebar is an extension page in an iframe: the page's scripts cannot read into it (cross-origin,
 * dynamic URL) and its CSS cannot reach it. The wrapper hangs off <html>, not <body>, because SPAs
 * replace the body; if the page removes it anyway it is put back.
 */
export function mountSidebarFrame(ctx: ContentScriptContext) {
  // The iframe starts loading at once; the remembered collapsed state (a storage round trip) only sizes it,
  // so it stays hidden until that answer is in rather than holding the sidebar's start-up back.
  let collapsed: boolean | undefined;
  let visible = false;
  const layout = (iframe: HTMLIFrameElement) =>
    applyLayout(iframe, collapsed === true, visible && collapsed !== undefined);

  const ui = createIframeUi(ctx, {
    page: '/sidebar.html',
    position: 'inline',
    anchor: () => document.documentElement,
    append: 'last',
    // Before the iframe is attached: its permissions policy (`allow`) is fixed when it starts loading.
    onBeforeMount(wrapper, iframe) {
      wrapper.id = SIDEBAR_WRAPPER_ID;
      // Global page rules (`div { transform… }`, `* { all: unset }`) must not hide or move the sidebar.
      wrapper.style.setProperty('display', 'block', 'important');
      wrapper.style.setProperty('transform', 'none', 'important');
      wrapper.style.setProperty('position', 'static', 'important');
      iframe.title = 'Mentor Radar';
      iframe.setAttribute('allow', 'clipboard-write');
      // The page can read an iframe's src: it would see the extension's URL, whose host in Firefox is a fixed
      // per-install id (a fingerprint). The frame starts blank and is navigated in onMount instead.
      iframe.src = 'about:blank';
      layout(iframe);
    },
    onMount(_wrapper, iframe) {
      // Also on every re-mount: re-attaching an iframe reloads it from its src.
      iframe.contentWindow?.location.replace(browser.runtime.getURL('/sidebar.html'));
    },
  });

  const stopWatching = watchSidebarCollapsed((value) => {
    collapsed = value;
    layout(ui.iframe);
  });
  void isSidebarCollapsed().then((value) => {
    // A change seen meanwhile is newer than this read.
    collapsed ??= value;
    layout(ui.iframe);
  });
  ui.mount();
  const keepAttached = new MutationObserver(() => {
    if (!ui.wrapper.isConnected) ui.mount();
  });
  keepAttached.observe(document.documentElement, { childList: true });
  ctx.onInvalidated(() => {
    stopWatching();
    keepAttached.disconnect();
  });

  return {
    /** Shown on profile pages only; kept loaded elsewhere so returning to a profile is instant. */
    setVisible(value: boolean): void {
      visible = value;
      layout(ui.iframe);
    },
  };
}
