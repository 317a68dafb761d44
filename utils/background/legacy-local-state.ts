import { browser } from 'wxt/browser';
import type { LocalStateDb } from '../db/local-db';
import { LEGACY_DRAFT_PREFIX, LEGACY_LOCAL_KEYS } from '../ui/private-storage';
import { adoptLegacyDrafts } from './drafts-service';
import { NOTIFIED_KEY, parseNotified, readNotified, writeNotified } from '../reminders/notified-store';

/**
 * Older versions kept note drafts, the popup's snapshot, its last search and the set of notified follow-ups
 * in storage.local, which content scripts can read. At start: drafts and the notified set (validated, so no
 * follow-up is announced twice) move into the background's database, the rest is dropped (the popup
 * rebuilds it in storage.session).
 */
export async function moveLegacyLocalState(local: LocalStateDb, now: number): Promise<void> {
  try {
    const stored = await browser.storage.local.get(null);
    const drafts = await adoptLegacyDrafts(local, stored, LEGACY_DRAFT_PREFIX, now);
    if (NOTIFIED_KEY in stored) {
      await local.transaction('rw', local.state, async () =>
        writeNotified(local, { ...parseNotified(stored[NOTIFIED_KEY]), ...(await readNotified(local)) }),
      );
    }
    const stale = [...drafts, ...LEGACY_LOCAL_KEYS.filter((key) => key in stored)];
    if (stale.length > 0) await browser.storage.local.remove(stale);
  } catch (error) {
    console.warn('could not move old local state', error);
  }
}
