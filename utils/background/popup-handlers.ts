import { browser } from 'wxt/browser';
import type { MentorRadarDb } from '../db/database';
import { onMessage } from '../messaging/guard';
import { createPopupQueries, type PopupQueries } from '../network/popup-queries';

/**
 * The popup's list queries, answered from an in-memory index kept current from the database's writes,
 * and right after a service-worker start from a snapshot of the last answer (deleted by every write).
 */
export function registerPopupHandlers(db: MentorRadarDb, now: () => number = Date.now): PopupQueries {
  const { queries, store } = createPopupQueries(db, browser.runtime.getManifest().version, now);
  // An update may rank, match or store differently: never show the old version's answer.
  browser.runtime.onInstalled.addListener(() => store.invalidate());
  onMessage('queryContacts', (input) => queries.query(input));
  onMessage('getRadar', (input) => queries.radar(input));
  onMessage('getIntroductions', ({ best }) => queries.introductions(best));
  return queries;
}
