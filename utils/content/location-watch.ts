/** How often the URL is compared while nothing announced a change (in-app navigation uses pushState). */
const POLL_MS = 250;

/**
 * Calls `onChange(url)` whenever the tab's URL changes without a page load (LinkedIn and XING are SPAs).
 * It compares `location.href` itself: events only make it look sooner, so a page firing fake `popstate` or
 * other events can neither stop it nor feed it a URL (WXT's watcher listened to a window event any page can
 * dispatch, issue 13.2).
 */
export function watchLocation(onChange: (url: string) => void, { signal, win = window }: { signal: AbortSignal; win?: Window }): void {
  let last = win.location.href;
  const check = () => {
    if (signal.aborted) return;
    const now = win.location.href;
    if (now === last) return;
    last = now;
    onChange(now);
  };
  const timer = setInterval(check, POLL_MS);
  // The Navigation API (Chromium) reports pushState at once; elsewhere the poll finds it.
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', check);
  win.addEventListener('popstate', check);
  signal.addEventListener('abort', () => {
    clearInterval(timer);
    navigation?.removeEventListener('navigatesuccess', check);
    win.removeEventListener('popstate', check);
  });
}
