import type { SidebarSession } from '../../utils/sidebar/sidebar-session';
import { SIDEBAR_COLLAPSED_KEY } from '../../utils/ui/sidebar-collapsed-key';
import { extensionApi } from '../../utils/content/extension-api';

/**
 * The person's name and headline, painted with plain DOM as soon as the claim answers, while React, the messaging
 * library and the rest of the sidebar still load. The same markup and classes as SidebarApp's card, so React's first
 * render replaces it without a visible change; the same look as the content script's shell under this frame
 * (utils/content/sidebar-shell.ts), which it covers. Text only, never HTML.
 */
export async function paintFirst(session: Promise<SidebarSession>, root: HTMLElement | null): Promise<void> {
  const [{ state }, stored] = await Promise.all([session, extensionApi().storage.local.get(SIDEBAR_COLLAPSED_KEY)]);
  // React got there first, the user keeps it collapsed, or there is no one to show yet.
  if (!root || root.childNodes.length > 0 || stored[SIDEBAR_COLLAPSED_KEY] === true || state.status !== 'ready') return;
  const { profile } = state;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => {
    const node = document.createElement(tag);
    node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const sidebar = el('div', 'sidebar');
  sidebar.dataset.testid = 'sidebar';
  sidebar.dataset.state = 'ready';
  const bar = el('header', 'bar');
  bar.append(el('span', 'brand', '◎ Mentor Radar'));
  const card = el('section', 'card');
  const name = el('h1', 'profile-name', profile.name);
  name.id = 'profile-name';
  name.dataset.testid = 'profile-name';
  card.append(name);
  if (profile.headline) {
    const headline = el('p', 'headline', profile.headline);
    headline.dataset.testid = 'profile-headline';
    card.append(headline);
  }
  const main = el('main', 'content');
  main.append(card);
  sidebar.append(bar, main);
  root.append(sidebar);
  // Read by `npm run bench`: the moment the user sees the person.
  performance.mark('mentor-radar:profile-shown', { detail: { key: profile.key } });
}
