/**
 * Calls `callback` once, in a task after the page's load event, or `maxWaitAfterDomMs` after
 * DOMContentLoaded if the page is still loading by then. Work done before `load` delays it, and an iframe
 * added before `load` holds that event back until the iframe itself has loaded: on a page that loads
 * quickly the sidebar waits, so it does not slow the page down; on a page still fetching images long after
 * its DOM is ready it does not, and the page's own loading hides the sidebar's.
 */
export function whenPageLoaded(
  callback: () => void,
  { maxWaitAfterDomMs, signal, win = window }: { maxWaitAfterDomMs: number; signal?: AbortSignal; win?: Window },
): void {
  const doc = win.document;
  if (doc.readyState === 'complete') {
    if (!signal?.aborted) callback();
    return;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  function stopWaiting(): void {
    clearTimeout(timer);
    win.removeEventListener('load', afterLoad);
    doc.removeEventListener('DOMContentLoaded', startTimer);
  }
  function finish(): void {
    if (done || signal?.aborted) return;
    done = true;
    stopWaiting();
    callback();
  }
  function startTimer(): void {
    // Counted from DOMContentLoaded itself: a content script may start well after it.
    const domReadyAt = win.performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
    const waited = domReadyAt?.domContentLoadedEventEnd ? win.performance.now() - domReadyAt.domContentLoadedEventEnd : 0;
    timer ??= setTimeout(finish, Math.max(0, maxWaitAfterDomMs - waited));
  }
  // In a task of its own: work done inside a load listener counts towards the page's load time.
  function afterLoad(): void {
    setTimeout(finish, 0);
  }
  win.addEventListener('load', afterLoad);
  if (doc.readyState === 'interactive') startTimer();
  else doc.addEventListener('DOMContentLoaded', startTimer);
  signal?.addEventListener('abort', stopWaiting, { once: true });
}
