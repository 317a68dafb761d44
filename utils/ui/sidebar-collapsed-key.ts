// A UI preference, not user data: kept in the extension's storage.local so every tab and the next visit open
// the sidebar the way the user left it. Its own module: the content script reads it without the polyfill.
export const SIDEBAR_COLLAPSED_KEY = 'ui:sidebarCollapsed';
