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

/** Calls `callback` at most once per `intervalMs` while `root` keeps changing, until `signal` aborts. */
export function onDomSettled(root: Node, intervalMs: number, callback: () => void, signal: AbortSignal): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    // Our own sidebar wrapper changing is not the page changing.
    if (records.every((r) => (r.target as Element).closest?.('#mentor-radar'))) return;
    if (timer === undefined) {
      timer = setTimeout(() => {
        timer = undefined;
        if (!signal.aborted) callback();
      }, intervalMs);
    }
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
