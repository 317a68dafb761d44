import { browser } from 'wxt/browser';
import { privateStorage } from '../ui/private-storage';
import { parseRememberedView, VIEW_STORAGE_KEY } from '../network/remembered-view';
import { answerFromSnapshot } from '../network/snapshot';
import { parseStoredSnapshot, SNAPSHOT_STORAGE_KEY } from '../network/snapshot-store';
import type { QueryContactsOutput } from '../network/view-schema';

/**
 * The popup's first page read straight from storage.session (utils/ui/private-storage.ts): the snapshot the background keeps, answered for
 * the remembered view. It needs no running background, so the first open after the service worker stopped
 * does not wait for it to start. Exact like every snapshot answer (snapshot.ts): the background deletes
 * the snapshot on every write before the write is even committed. Null when there is nothing to trust.
 */
export async function storedFirstPage(limit: number, now: () => number = Date.now): Promise<QueryContactsOutput | null> {
  const stored = await privateStorage().get([SNAPSHOT_STORAGE_KEY, VIEW_STORAGE_KEY]);
  const snapshot = parseStoredSnapshot(stored[SNAPSHOT_STORAGE_KEY], browser.runtime.getManifest().version);
  if (!snapshot) return null;
  return answerFromSnapshot(snapshot, { view: parseRememberedView(stored[VIEW_STORAGE_KEY]), offset: 0, limit }, now());
}
