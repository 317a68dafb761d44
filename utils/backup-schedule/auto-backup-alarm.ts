/**
 * Wires the automatic-backup schedule in the background. MV3 service workers (and Firefox event pages) are
 * stopped when idle, so no timer waits: `browser.alarms` wakes the background when the next backup is due,
 * the reminders' 30-minute check alarm is a safety net (a browser that was closed at the due time), and
 * every settings change reschedules.
 */
import { browser } from 'wxt/browser';
import type { MentorRadarDb } from '../db/database';
import type { LocalStateDb } from '../db/local-db';
import { getSettings } from '../db/settings';
import { onDbChange } from '../db/db-changes';
import { resolveLanguage, translate } from '../i18n/translate';
import { CHECK_ALARM } from '../reminders/scheduler';
import { notificationIconUrl } from '../reminders/notification-icon';
import { autoBackupStatus, runAutoBackup, type AutoBackupDeps, type RunOutcome } from './auto-backup-service';

export const AUTO_BACKUP_ALARM = 'mentor-radar:auto-backup';
export const AUTO_BACKUP_NOTIFICATION = 'mentor-radar:auto-backup';

/** Sets the alarm for the next due backup (cleared when the schedule is off). */
export async function rescheduleAutoBackup(db: MentorRadarDb, local: LocalStateDb, now: number): Promise<number | null> {
  const { nextAt } = await autoBackupStatus(db, local, now);
  if (nextAt === null) await browser.alarms.clear(AUTO_BACKUP_ALARM);
  else browser.alarms.create(AUTO_BACKUP_ALARM, { when: Math.max(nextAt, now) });
  return nextAt;
}

/** A copy waits for the user: say so (a click opens the options page, where it is one click away). */
async function notifyWaiting(db: MentorRadarDb, outcome: RunOutcome): Promise<void> {
  if (!outcome.ran || outcome.unchanged || outcome.folder?.ok) return;
  const { preferences } = await getSettings(db);
  const lang = resolveLanguage(preferences.uiLanguage, globalThis.navigator?.language ?? 'en');
  const needsPermission = outcome.folder?.reason === 'needs-permission';
  try {
    await browser.notifications.create(AUTO_BACKUP_NOTIFICATION, {
      type: 'basic',
      iconUrl: notificationIconUrl(),
      title: translate(lang, 'ab_notifyTitle'),
      message: translate(lang, needsPermission ? 'ab_notifyPermission' : outcome.folder ? 'ab_notifyFailed' : 'ab_notifyDownload'),
    });
  } catch (error) {
    console.warn('backup notification failed', error);
  }
}

/**
 * Registers listeners synchronously (an alarm or a click then wakes the background) and checks once at
 * start. Returns a function that runs the schedule now (`force`: the user's "Back up now"); runs never overlap.
 */
export function registerAutoBackups(
  db: MentorRadarDb,
  local: LocalStateDb,
  deps: AutoBackupDeps,
  onChange: () => void,
  now: () => number = Date.now,
): (options?: { force?: boolean }) => Promise<RunOutcome> {
  let queue: Promise<unknown> = Promise.resolve();
  const run = (options: { force?: boolean } = {}): Promise<RunOutcome> => {
    const next = queue.then(async () => {
      const outcome = await runAutoBackup(db, local, now(), deps, options).catch((error: unknown) => {
        onChange(); // the panel shows the failure (recorded by runAutoBackup)
        throw error;
      });
      await rescheduleAutoBackup(db, local, now());
      if (outcome.ran) {
        await notifyWaiting(db, outcome);
        onChange();
      }
      return outcome;
    });
    queue = next.catch((error: unknown) => console.warn('automatic backup failed', error));
    return next;
  };

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === AUTO_BACKUP_ALARM || alarm.name === CHECK_ALARM) void run().catch(() => undefined);
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id !== AUTO_BACKUP_NOTIFICATION) return;
    void browser.notifications.clear(id);
    void browser.tabs.create({ url: browser.runtime.getURL('/options.html#auto-backup'), active: true });
  });
  // A changed schedule (the options page, a restore, "delete all") moves the alarm.
  onDbChange(db, (change) => {
    if (change.table === 'settings') void rescheduleAutoBackup(db, local, now()).catch(() => undefined);
  });
  void run().catch(() => undefined);
  return run;
}
