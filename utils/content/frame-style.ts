/**
 * Inline `!important` styles for the sidebar's wrapper and iframe. A style attribute's `!important` beats every
 * page rule (`div { transform… }`, `* { all: unset }`, `[popover] { display: none !important }`), so the page's
 * CSS can neither hide, move nor restyle the sidebar. Pure: returns what to set, the mount applies it.
 */
const EXPANDED_WIDTH = 'min(360px, 100vw)';

/** Properties a hostile stylesheet could use to hide, shrink, move or blur an element, pinned to neutral. */
const NEUTRAL: Record<string, string> = {
  margin: '0',
  padding: '0',
  border: '0',
  'box-sizing': 'border-box',
  'max-width': 'none',
  'max-height': 'none',
  'min-width': '0',
  'min-height': '0',
  overflow: 'visible',
  transform: 'none',
  translate: 'none',
  scale: 'none',
  rotate: 'none',
  zoom: '1',
  opacity: '1',
  visibility: 'visible',
  filter: 'none',
  'clip-path': 'none',
  mask: 'none',
  'pointer-events': 'auto',
  'color-scheme': 'normal',
  background: 'transparent',
};

export interface FrameLayout {
  visible: boolean;
  collapsed: boolean;
}

export function wrapperStyle({ visible, collapsed }: FrameLayout): Record<string, string> {
  return {
    ...NEUTRAL,
    display: visible ? 'block' : 'none',
    position: 'fixed',
    // Also the top layer's UA rules (`inset: 0; margin: auto`) are overridden here.
    top: collapsed ? 'calc(50vh - 70px)' : '0',
    right: '0',
    bottom: 'auto',
    left: 'auto',
    width: collapsed ? '44px' : EXPANDED_WIDTH,
    height: collapsed ? '140px' : '100vh',
    'z-index': '2147483647',
    'box-shadow': collapsed ? 'none' : '-2px 0 12px rgba(0,0,0,.18)',
  };
}

export function iframeStyle(): Record<string, string> {
  // Positioned after the shell (utils/content/sidebar-shell.ts), so it paints over it.
  return { ...NEUTRAL, display: 'block', position: 'relative', width: '100%', height: '100%' };
}

/** Sets the styles and returns the style attribute as the browser serialised it (to tell our writes from others'). */
export function applyStyle(el: HTMLElement, style: Record<string, string>): string {
  el.removeAttribute('style');
  for (const [name, value] of Object.entries(style)) el.style.setProperty(name, value, 'important');
  return el.getAttribute('style') ?? '';
}
