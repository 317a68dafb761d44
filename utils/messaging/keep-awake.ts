import type { ProtocolMap } from './protocol';

/**
 * Firefox suspends an idle event page after 30 s (`extensions.background.idle.timeout`) even while it still owes
 * a page an answer: a 10,000-contact replace-restore that outlived the timeout was cut off ("No response", e2e
 * measurement in README). Only extension events it receives reset that timer (Mozilla bug 1771203), so while a
 * page waits for a slow answer it sends a tiny `keepAwake` message every second. Chrome's service worker is
 * kept alive by the pending message anyway; the pings cost it nothing.
 *
 * A ping only counts once the background has run its listener, and messages arrive in order: pings sent after
 * a message of megabytes (an import's file, a backup) wait behind it for as long as it takes to arrive. So for
 * those messages a ping goes out just before (SLOW_MESSAGES, keepAwakeDuring): the background's idle time then
 * starts at the send, not at its last event before.
 */
export const KEEP_AWAKE_EVERY_MS = 1000;

/** Page → background messages that carry megabytes or take seconds: a ping goes out right before each. */
export const SLOW_MESSAGES: ReadonlySet<string> = new Set<keyof ProtocolMap>([
  'importConnectionsFile',
  'previewRestore',
  'restoreBackup',
  'restoreSafetyBackup',
  'exportBackup',
  'exportContactsCsv',
  'deleteAllData',
]);

/** Resolves or rejects as `answer` does; while it is pending, calls `ping` every `everyMs` (its errors ignored). */
export function keepAwakeUntilSettled<T>(answer: Promise<T>, ping: () => Promise<unknown>, everyMs = KEEP_AWAKE_EVERY_MS): Promise<T> {
  const timer = setInterval(() => void ping().catch(() => undefined), everyMs);
  const stop = () => clearInterval(timer);
  answer.then(stop, stop);
  return answer;
}

/** Pings once now, then runs `work` and pings every `everyMs` until it settles. */
export function keepAwakeDuring<T>(work: () => Promise<T>, ping: () => Promise<unknown>, everyMs = KEEP_AWAKE_EVERY_MS): Promise<T> {
  void ping().catch(() => undefined);
  return keepAwakeUntilSettled(work(), ping, everyMs);
}
