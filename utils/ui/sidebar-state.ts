import { browser } from 'wxt/browser';
import { SIDEBAR_COLLAPSED_KEY } from './sidebar-collapsed-key';

export async function isSidebarCollapsed(): Promise<boolean> {
  const stored = await browser.storage.local.get(SIDEBAR_COLLAPSED_KEY);
  return stored[SIDEBAR_COLLAPSED_KEY] === true;
}

export function setSidebarCollapsed(collapsed: boolean): Promise<void> {
  return browser.storage.local.set({ [SIDEBAR_COLLAPSED_KEY]: collapsed });
}

/** Calls back whenever any tab collapses or expands the sidebar; returns the unsubscribe function. */
export function watchSidebarCollapsed(callback: (collapsed: boolean) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SIDEBAR_COLLAPSED_KEY];
    if (area === 'local' && change) callback(change.newValue === true);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
