import { applyStyle } from './frame-style';

/** What the shell shows: only what the page itself shows, never anything the user stored. */
export interface ShellPreview {
  key: string;
  name: string;
  headline: string;
}

// The sidebar's own colours and type (components/common/base.css, components/sidebar/sidebar.css): the frame's
// first paint lands on the same pixels.
const LIGHT = { bg: '#ffffff', fg: '#1d2226', line: '#dde1e6', accent: '#0b6e4f' };
const DARK = { bg: '#1b1f23', fg: '#e8eaed', line: '#353b41', accent: '#3fb68b' };
const FONT = "14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/**
 * The sidebar as the user first sees it on a page load: the person's name and headline, drawn by the content script
 * after the page's load event (or 100 ms after DOMContentLoaded while it still loads), while the sidebar frame waits
 * for the page's load event and for the shell to be painted (utils/content/page-start.ts; on a real LinkedIn page the
 * load event comes long after its DOM is ready) and then loads. It sits under the frame, whose first paint
 * covers it with the same pixels (issue 16: name shown ≤ 150 ms after DOMContentLoaded).
 *
 * A closed shadow root: the page's scripts cannot read into it and its CSS cannot reach it (inline styles through
 * the CSSOM, which a page's CSP does not block either). It holds page text only, so it reveals nothing the page does
 * not know. Text only, never HTML.
 */
export function createShell(doc: Document, preview: ShellPreview, dark: boolean): { host: HTMLElement; style: string } {
  const c = dark ? DARK : LIGHT;
  const host = doc.createElement('div');
  const style = applyStyle(host, { position: 'absolute', inset: '0', display: 'block', margin: '0', padding: '0', border: '0' });
  const root = host.attachShadow({ mode: 'closed' });
  const el = (tag: string, css: Record<string, string>, text?: string) => {
    const node = doc.createElement(tag);
    applyStyle(node, css);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const sidebar = el('div', {
    all: 'initial',
    display: 'flex',
    'flex-direction': 'column',
    height: '100%',
    'box-sizing': 'border-box',
    background: c.bg,
    color: c.fg,
    font: FONT,
    'border-left': `1px solid ${c.line}`,
  });
  const bar = el('div', { display: 'flex', 'align-items': 'center', 'box-sizing': 'border-box', 'min-height': '46px', padding: '8px 12px', 'border-bottom': `1px solid ${c.line}` });
  bar.append(el('span', { 'font-weight': '700', color: c.accent }, '◎ Mentor Radar'));
  const card = el('div', { padding: '12px', 'overflow-wrap': 'anywhere' });
  const name = el('div', { display: 'block', margin: '0 0 4px', 'font-size': '18px', 'font-weight': '700', 'line-height': '1.25' }, preview.name);
  name.setAttribute('role', 'heading');
  name.setAttribute('aria-level', '1');
  name.dataset.testid = 'profile-name';
  card.append(name);
  if (preview.headline) card.append(el('p', { display: 'block', margin: '2px 0 6px' }, preview.headline));
  sidebar.append(bar, card);
  root.append(sidebar);
  // Read by `npm run bench` (through the content script's world): the rendering frame in which the name first shows.
  doc.defaultView?.requestAnimationFrame?.(() => (name.dataset.shownAt = String(performance.timeOrigin + performance.now())));
  return { host, style };
}
