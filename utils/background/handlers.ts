import { onMessage } from '../messaging/guard';
import type { MentorRadarDb } from '../db/database';
import { broadcastContactsChanged, broadcastTabProfile } from './broadcast';
import { getContact, listContacts, saveContactFromProfile, setContactStatus } from './contacts-service';
import { getTabState, setTabState } from './tab-state';

/** Wires every message the background answers to its service function. */
export function registerHandlers(db: MentorRadarDb, now: () => number = Date.now): void {
  onMessage('reportTabProfile', async (state, { sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    await setTabState(tabId, state);
    broadcastTabProfile({ tabId, state });
  });

  onMessage('getTabProfile', ({ tabId }) => getTabState(tabId));

  onMessage('getContact', async ({ key }) => (await getContact(db, key)) ?? null);

  onMessage('listContacts', () => listContacts(db));

  onMessage('saveContact', async ({ profile }) => {
    const contact = await saveContactFromProfile(db, profile, now());
    broadcastContactsChanged([contact.key]);
    return contact;
  });

  onMessage('setContactStatus', async ({ key, status }) => {
    const contact = await setContactStatus(db, key, status, now());
    broadcastContactsChanged([key]);
    return contact;
  });
}
