import { openableUrl } from '../schemas/profile-url';
import { browser } from 'wxt/browser';
import type { MentorRadarDb } from '../db/database';
import type { LocalStateDb } from '../db/local-db';
import { getSettings } from '../db/settings';
import { resolveLanguage, translate } from '../i18n/translate';
import { onDbChange } from '../db/db-changes';
import { showDueCount } from './badge';
import { notificationIconUrl } from './notification-icon';
import { readNotified, writeNotified } from './notified-store';
import {
  contactKeyOfNotification,
  followUpsToNotify,
  nextNotified,
  notificationIdFor,
  type DueFollowUp,
} from './plan';

/** Fires at the next follow-up date. */
export const FOLLOW_UP_ALARM = 'mentor-radar:follow-up';
/** A periodic safety net: alarms can be late or lost (browser closed, clock changed). */
export const CHECK_ALARM = 'mentor-radar:check';
export const CHECK_EVERY_MINUTES = 30;
/** Several writes in a row (an import, a status change with its timeline event) cause one refresh. */
const REFRESH_DELAY_MS = 300;

export interface ReminderState {
  due: number;
  notified: string[];
  nextAt: number | null;
}

/** Shows one notification per follow-up; returns those shown (a failure is retried at the next check). */
async function notify(db: MentorRadarDb, items: readonly DueFollowUp[]): Promise<DueFollowUp[]> {
  if (items.length === 0) return [];
  const { preferences } = await getSettings(db);
  const lang = resolveLanguage(preferences.uiLanguage, globalThis.navigator?.language ?? 'en');
  const shown: DueFollowUp[] = [];
  for (const item of items) {
    try {
      await browser.notifications.create(notificationIdFor(item.key), {
        type: 'basic',
        iconUrl: notificationIconUrl(),
        title: translate(lang, 'pp_notifyTitle', item.name),
        message: translate(lang, 'pp_notifyBody', item.name),
      });
      shown.push(item);
    } catch (error) {
      console.warn('follow-up notification failed', error);
    }
  }
  return shown;
}

/**
 * Brings reminders in line with the database: the badge shows how many follow-ups are due, each newly due
 * follow-up gets one system notification, and an alarm is set for the next one. Indexed queries only
 * (followUpAt), so it stays cheap with a large network.
 */
export async function refreshReminders(db: MentorRadarDb, local: LocalStateDb, now: number): Promise<ReminderState> {
  const dueContacts = await db.contacts.where('followUpAt').belowOrEqual(now).toArray();
  const due: DueFollowUp[] = dueContacts.map((c) => ({ key: c.key, name: c.name, url: openableUrl(c), followUpAt: c.followUpAt! }));
  await showDueCount(due.length);

  const notified = await readNotified(local);
  const fresh = await notify(db, followUpsToNotify(due, notified));
  await writeNotified(local, nextNotified(due, notified, fresh));

  const next = await db.contacts.where('followUpAt').above(now).first();
  const nextAt = next?.followUpAt ?? null;
  if (nextAt !== null) browser.alarms.create(FOLLOW_UP_ALARM, { when: nextAt });
  else await browser.alarms.clear(FOLLOW_UP_ALARM);
  return { due: due.length, notified: fresh.map((f) => f.key), nextAt };
}

/** Opens the profile of a follow-up notification the user clicked. */
export async function openNotifiedProfile(db: MentorRadarDb, notificationId: string): Promise<void> {
  const key = contactKeyOfNotification(notificationId);
  if (!key) return;
  await browser.notifications.clear(notificationId);
  const contact = await db.contacts.get(key);
  const url = contact ? openableUrl(contact) : '';
  if (url) await browser.tabs.create({ url, active: true });
}

/**
 * Wires follow-up reminders in the background: alarm and click listeners (registered synchronously, so an
 * alarm or click wakes the service worker), a refresh after every change to contacts, and one at start.
 * Returns a function that runs a refresh now (for tests and callers that need to wait for it).
 */
export function registerReminders(
  db: MentorRadarDb,
  local: LocalStateDb,
  now: () => number = Date.now,
): () => Promise<ReminderState> {
  let running: Promise<ReminderState> | null = null;
  let again = false;
  const run = (): Promise<ReminderState> => {
    if (running) {
      again = true;
      return running;
    }
    running = refreshReminders(db, local, now())
      .catch((error: unknown) => {
        console.warn('reminders refresh failed', error);
        return { due: 0, notified: [], nextAt: null };
      })
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          void run();
        }
      });
    return running;
  };
  let timer: ReturnType<typeof setTimeout> | null = null;
  const soon = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void run();
    }, REFRESH_DELAY_MS);
  };

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FOLLOW_UP_ALARM || alarm.name === CHECK_ALARM) void run();
  });
  browser.notifications.onClicked.addListener((id) => void openNotifiedProfile(db, id));
  onDbChange(db, (change) => {
    if (change.table === 'contacts') soon();
  });
  void browser.alarms.get(CHECK_ALARM).then((existing) => {
    // Re-creating it on every service-worker start would push the period back each time.
    if (!existing) browser.alarms.create(CHECK_ALARM, { periodInMinutes: CHECK_EVERY_MINUTES });
  });
  void run();
  return run;
}
