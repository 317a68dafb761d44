import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveContactFromProfile, updateContact } from '../../utils/background/contacts-service';
import { onDbChange } from '../../utils/db/db-changes';
import { showDueCount } from '../../utils/reminders/badge';
import { notificationIdFor } from '../../utils/reminders/plan';
import { CHECK_ALARM, FOLLOW_UP_ALARM, registerReminders } from '../../utils/reminders/scheduler';
import { makeProfile } from '../support/profiles';
import { useTestDb, useTestLocalDb } from '../support/db';
import { moveLegacyLocalState } from '../../utils/background/legacy-local-state';
import { NOTIFIED_KEY, readNotified } from '../../utils/reminders/notified-store';

const getDb = useTestDb();
const getLocal = useTestLocalDb();
const HOUR = 3600_000;
const T0 = Date.UTC(2026, 2, 2, 8);
const ada = makeProfile();

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('follow-up reminders (fake browser)', () => {
  it('sets an alarm for the next follow-up; when it fires, notifies once, badges the count, and opens the profile on click', async () => {
    const db = getDb();
    let clock = T0;
    await saveContactFromProfile(db, ada, T0);
    await updateContact(db, ada.key, { followUpAt: T0 + HOUR }, undefined, T0);
    const refresh = registerReminders(db, getLocal(), () => clock);

    await refresh();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect((await fakeBrowser.alarms.get(FOLLOW_UP_ALARM))?.scheduledTime).toBe(T0 + HOUR);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(CHECK_ALARM)).toBeDefined());
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);

    clock = T0 + HOUR;
    await fakeBrowser.alarms.onAlarm.trigger({ name: FOLLOW_UP_ALARM, scheduledTime: clock });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'));
    await refresh();
    const notifications = await fakeBrowser.notifications.getAll();
    const id = notificationIdFor(ada.key);
    expect(Object.keys(notifications)).toEqual([id]);
    expect((notifications as Record<string, { title: string; iconUrl: string }>)[id]!.title).toContain('Ada Example');
    expect((notifications as Record<string, { iconUrl: string }>)[id]!.iconUrl).toMatch(/notification-icon\.png$/);
    expect(await fakeBrowser.alarms.get(FOLLOW_UP_ALARM)).toBeUndefined();

    // The periodic check does not announce the same follow-up twice.
    await fakeBrowser.notifications.clear(id);
    await fakeBrowser.alarms.onAlarm.trigger({ name: CHECK_ALARM, scheduledTime: clock });
    await refresh();
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);

    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(id);
    await vi.waitFor(() => expect(create).toHaveBeenCalledWith({ url: ada.url, active: true }));
  });

  it('recomputes after contact changes: clearing the date clears the badge', async () => {
    const db = getDb();
    // As in the background: reminders are wired before the database is first used.
    const refresh = registerReminders(db, getLocal(), () => T0);
    await saveContactFromProfile(db, ada, T0);
    await updateContact(db, ada.key, { followUpAt: T0 - HOUR }, undefined, T0);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'), { timeout: 3000 });
    await refresh();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');

    await updateContact(db, ada.key, { followUpAt: null }, undefined, T0 + 1);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe(''), { timeout: 3000 });
  });

  it('registers the change feed before the database opens and stays quiet for other tables', async () => {
    const db = getDb();
    const seen: string[] = [];
    onDbChange(db, (c) => seen.push(c.table));
    await db.settings.put({ key: 'x', value: 1 });
    await saveContactFromProfile(db, ada, T0);
    expect(seen).toEqual(['settings', 'contacts', 'timeline']);
  });
});

describe('the notified set lives in the background, not storage.local (issue 13 item 5)', () => {
  it('a refresh writes nothing to storage.local; the set is kept in the local state database', async () => {
    const db = getDb();
    const local = getLocal();
    await saveContactFromProfile(db, ada, T0);
    await updateContact(db, ada.key, { followUpAt: T0 - HOUR }, undefined, T0);
    const refresh = registerReminders(db, local, () => T0);
    await refresh();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await readNotified(local)).toEqual({ [ada.key]: T0 - HOUR });
  });

  it('an older version\'s set in storage.local moves (validated) and leaves storage.local', async () => {
    const db = getDb();
    const local = getLocal();
    await fakeBrowser.storage.local.set({ [NOTIFIED_KEY]: { [ada.key]: T0 - HOUR } });
    await moveLegacyLocalState(local, T0);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await readNotified(local)).toEqual({ [ada.key]: T0 - HOUR });
    // Already announced before the upgrade: not announced again.
    await saveContactFromProfile(db, ada, T0);
    await updateContact(db, ada.key, { followUpAt: T0 - HOUR }, undefined, T0);
    const refresh = registerReminders(db, local, () => T0);
    await refresh();
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
  });

  it('a tampered set is ignored rather than trusted', async () => {
    const local = getLocal();
    await local.state.put({ key: NOTIFIED_KEY, value: { [ada.key]: 'yesterday', '': 1 } });
    expect(await readNotified(local)).toEqual({});
    await fakeBrowser.storage.local.set({ [NOTIFIED_KEY]: ['not', 'a', 'map'] });
    await moveLegacyLocalState(local, T0);
    expect(await readNotified(local)).toEqual({});
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});

describe('badge on Firefox MV2', () => {
  it('uses browserAction when there is no action API', async () => {
    const setBadgeText = vi.fn(async () => undefined);
    const setBadgeBackgroundColor = vi.fn(async () => undefined);
    const original = fakeBrowser.action;
    const originalBrowserAction = fakeBrowser.browserAction;
    Object.assign(fakeBrowser, { action: undefined, browserAction: { setBadgeText, setBadgeBackgroundColor } });
    try {
      await showDueCount(3);
    } finally {
      Object.assign(fakeBrowser, { action: original, browserAction: originalBrowserAction });
    }
    expect(setBadgeText).toHaveBeenCalledWith({ text: '3' });
    expect(setBadgeBackgroundColor).toHaveBeenCalled();
  });
});
