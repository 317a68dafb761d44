import { privateStorage } from '../ui/private-storage';
import { SNAPSHOT_STORAGE_KEY, VIEW_STORAGE_KEY } from '../network/popup-storage-keys';

/** What storage.session holds for the popup's first page, unchecked: stored-first-page.ts validates it. */
export type StoredPopupState = Record<string, unknown>;

/**
 * Reads the stored snapshot and remembered view. Kept free of schemas (and so of zod) so that the popup can
 * start it before the rest of its script is evaluated (entrypoints/popup/read-stored-state.ts).
 */
export function readStoredPopupState(): Promise<StoredPopupState> {
  return privateStorage().get([SNAPSHOT_STORAGE_KEY, VIEW_STORAGE_KEY]);
}
