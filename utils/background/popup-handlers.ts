import { browser } from 'wxt/browser';
import type { MentorRadarDb } from '../db/database';
import { onMessage } from '../messaging/guard';
import { onDbChange } from '../popup/db-changes';
import { NetworkIndex } from '../popup/network-index';
import { PopupQueries } from '../popup/popup-queries';
import { takeSnapshot } from '../popup/snapshot';
import { SnapshotStore } from '../popup/snapshot-store';

/**
 * The popup's list queries, answered from an in-memory index kept current from the database's writes,
 * and right after a service-worker start from a snapshot of the last answer (deleted by every write).
 */
export function registerPopupHandlers(db: MentorRadarDb, now: () => number = Date.now): PopupQueries {
  const version = browser.runtime.getManifest().version;
  const store = new SnapshotStore(version);
  const index = new NetworkIndex(db, now, (answer) => store.save(takeSnapshot(answer, version)));
  onDbChange(db, (change) => {
    store.invalidate();
    index.onChange(change);
  });
  // An update may rank, match or store differently: never show the old version's answer.
  browser.runtime.onInstalled.addListener(() => store.invalidate());
  const queries = new PopupQueries(index, store, now);
  onMessage('queryContacts', (input) => queries.query(input));
  return queries;
}
