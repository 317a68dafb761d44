import type { MentorRadarDb } from '../db/database';
import { onMessage } from '../messaging/guard';
import { onDbChange } from '../popup/db-changes';
import { NetworkIndex } from '../popup/network-index';

/** The popup's list queries, answered from an in-memory index kept current from the database's writes. */
export function registerPopupHandlers(db: MentorRadarDb, now: () => number = Date.now): NetworkIndex {
  const index = new NetworkIndex(db, now);
  onDbChange(db, (change) => index.onChange(change));
  onMessage('queryContacts', (input) => index.query(input));
  return index;
}
