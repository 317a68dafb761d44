import { browser } from 'wxt/browser';
import { parseRememberedView } from '../network/remembered-view';
import { SNAPSHOT_STORAGE_KEY, VIEW_STORAGE_KEY } from '../network/popup-storage-keys';
import { answerFromSnapshot } from '../network/snapshot';
import { parseStoredSnapshot } from '../network/snapshot-store';
import type { QueryContactsOutput } from '../network/view-schema';
import { readStoredPopupState, type StoredPopupState } from './stored-popup-state';

/**
 * The popup's first page read straight from storage.session (utils/ui/private-storage.ts): the snapshot the background keeps, answered for
 * the remembered view. It needs no running background, so the first open after the service worker stopped
 * does not wait for it to start. Exact like every snapshot answer (snapshot.ts): the background deletes
 * the snapshot on every write before the write is even committed. Null when there is nothing to trust.
 * `read`: the storage read, when the caller started it earlier.
 */
export async function storedFirstPage(
  limit: number,
  now: () => number = Date.now,
  read: Promise<StoredPopupState> = readStoredPopupState(),
): Promise<QueryContactsOutput | null> {
  const stored = await read;
  const snapshot = parseStoredSnapshot(stored[SNAPSHOT_STORAGE_KEY], browser.runtime.getManifest().version);
  if (!snapshot) return null;
  return answerFromSnapshot(snapshot, { view: parseRememberedView(stored[VIEW_STORAGE_KEY]), offset: 0, limit }, now());
}
