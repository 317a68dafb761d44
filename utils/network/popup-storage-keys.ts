/**
 * The storage.session keys of the popup's working state (utils/ui/private-storage.ts), apart from their schemas:
 * the popup starts reading them before the rest of its script has run (utils/popup/stored-popup-state.ts).
 */
export const SNAPSHOT_STORAGE_KEY = 'popup:snapshot';
/** The popup's query, filters and sort, kept so they survive closing and reopening it (a UI choice, not data). */
export const VIEW_STORAGE_KEY = 'popup:view';
