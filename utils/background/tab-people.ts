import type { MentorRadarDb } from '../db/database';
import type { TabProfileState } from '../messaging/protocol';
import { rankPagePeople } from './page-people';

/**
 * The tab's state with the people its page lists ranked (`ranked`), or null when it lists nobody. Done when the
 * content script reports the page — before the sidebar frame exists on a list page — so the sidebar's claim
 * already carries the scored list instead of the sidebar asking after it has rendered.
 */
export async function withRankedPeople(db: MentorRadarDb, state: TabProfileState, now: number): Promise<TabProfileState | null> {
  if (state.status !== 'list' && state.status !== 'ready') return null;
  if (!state.people?.length) return null;
  return { ...state, ranked: await rankPagePeople(db, state.people, now) };
}

/**
 * Tells whether a report is still the tab's latest when its slow part (ranking) is done: an in-app switch may
 * have reported the next page meanwhile, whose state must not be overwritten with the previous page's people.
 */
export function reportSequence(): { next(tabId: number): number; isLatest(tabId: number, seq: number): boolean } {
  const latest = new Map<number, number>();
  return {
    next(tabId) {
      const seq = (latest.get(tabId) ?? 0) + 1;
      latest.set(tabId, seq);
      return seq;
    },
    isLatest: (tabId, seq) => latest.get(tabId) === seq,
  };
}
