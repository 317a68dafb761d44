import { browser } from 'wxt/browser';
import { ProfileDetailsSchema, TabProfileStateSchema, type ProfileDetails, type TabProfileState } from '../messaging/protocol';

// storage.session, not a module variable: the service worker is stopped when idle and must still know
// which profile each tab shows when a sidebar asks after it wakes up.
const keyOf = (tabId: number) => `tab:${tabId}`;

export async function setTabState(tabId: number, state: TabProfileState): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: state });
}

export async function getTabState(tabId: number): Promise<TabProfileState> {
  const key = keyOf(tabId);
  const stored = (await browser.storage.session.get(key))[key];
  const parsed = TabProfileStateSchema.safeParse(stored);
  return parsed.success ? parsed.data : { status: 'none' };
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}

/** Tabs whose content script reported a page (each has a sidebar frame). */
export async function tabsWithState(): Promise<number[]> {
  const all = await browser.storage.session.get(null);
  return Object.keys(all)
    .filter((k) => k.startsWith('tab:'))
    .map((k) => Number(k.slice(4)))
    .filter((id) => Number.isInteger(id) && id >= 0);
}

// A person's full lists read on their details pages, kept for the browser session so a later re-read of the
// profile page (which shows only the first few entries) is merged with them again.
const detailsKey = (key: string) => `details:${key}`;

export async function rememberDetails(details: ProfileDetails): Promise<ProfileDetails[]> {
  const all = (await getDetails(details.key)).filter((d) => d.section !== details.section);
  all.push(details);
  await browser.storage.session.set({ [detailsKey(details.key)]: all });
  return all;
}

export async function getDetails(key: string): Promise<ProfileDetails[]> {
  const stored = (await browser.storage.session.get(detailsKey(key)))[detailsKey(key)];
  const parsed = ProfileDetailsSchema.array().max(3).safeParse(stored);
  return parsed.success ? parsed.data : [];
}
