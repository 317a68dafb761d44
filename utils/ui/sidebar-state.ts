import { browser } from 'wxt/browser';

// A UI preference, not user data: kept in the extension's storage.local so every tab and the next
// visit open the sidebar the way the user left it.
export const SIDEBAR_COLLAPSED_KEY = 'ui:sidebarCollapsed';

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
