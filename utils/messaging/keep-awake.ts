/**
 * Firefox suspends an idle event page after 30 s (`extensions.background.idle.timeout`) even while it still owes
 * a page an answer: a 10,000-contact replace-restore that outlived the timeout was cut off ("No response", e2e
 * measurement in README). Only extension events it receives reset that timer (Mozilla bug 1771203), so while a
 * page waits for a slow answer it sends a tiny `keepAwake` message every second. Chrome's service worker is
 * kept alive by the pending message anyway; the pings cost it nothing.
 */
export const KEEP_AWAKE_EVERY_MS = 1000;

/** Resolves or rejects as `answer` does; while it is pending, calls `ping` every `everyMs` (its errors ignored). */
export function keepAwakeUntilSettled<T>(answer: Promise<T>, ping: () => Promise<unknown>, everyMs = KEEP_AWAKE_EVERY_MS): Promise<T> {
  const timer = setInterval(() => void ping().catch(() => undefined), everyMs);
  const stop = () => clearInterval(timer);
  answer.then(stop, stop);
  return answer;
}
