import { SIDEBAR_WRAPPER_ID } from './sidebar-frame';

/** How long a change may take to finish rendering before it is read (a few tasks of an SPA's render). */
const SETTLE_MS = 50;

/**
 * Resolves true once `check()` holds, re-checking on every DOM mutation, or false after `timeoutMs`
 * or when `signal` aborts. Mutations, not polling: an SPA switch is noticed as soon as the page renders.
 */
export function waitForDom(
  check: () => boolean,
  { root, timeoutMs, signal }: { root: Node; timeoutMs: number; signal: AbortSignal },
): Promise<boolean> {
  if (check()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const finish = (result: boolean) => {
      observer.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onAbort = () => finish(false);
    const observer = new MutationObserver(() => {
      if (check()) finish(true);
    });
    const timer = setTimeout(() => finish(check()), timeoutMs);
    signal.addEventListener('abort', onAbort);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  });
}

const OUR_WRAPPER = `#${SIDEBAR_WRAPPER_ID}`;
const isOurWrapper = (node: Node) => (node as Element).matches?.(OUR_WRAPPER) === true;
function isOurs(record: MutationRecord): boolean {
  if ((record.target as Element).closest?.(OUR_WRAPPER)) return true;
  return record.type === 'childList' && [...record.addedNodes, ...record.removedNodes].every(isOurWrapper);
}

/**
 * Calls `callback` when `root` changes, until `signal` aborts: `settleMs` after a change (a render spread over a few
 * tasks is read once, when done), but never sooner than `intervalMs` after the previous call, so a page that keeps
 * changing is read at most once per interval. The first change after watching starts, or after a quiet interval,
 * waits only `settleMs`: a list that renders from a fetch after the page loaded is read at once, not up to
 * `intervalMs` later (issue 11: people on this page ≤ 150 ms after the list renders).
 */
export function onDomSettled(
  root: Node,
  intervalMs: number,
  callback: () => void,
  signal: AbortSignal,
  settleMs = Math.min(SETTLE_MS, intervalMs),
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastCall = -Infinity;
  const observer = new MutationObserver((records) => {
    // Our own sidebar wrapper changing, or being added to <html>, is not the page changing.
    if (records.every(isOurs)) return;
    if (timer !== undefined) return;
    const wait = Math.max(settleMs, lastCall + intervalMs - performance.now());
    timer = setTimeout(() => {
      timer = undefined;
      lastCall = performance.now();
      if (!signal.aborted) callback();
    }, wait);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
