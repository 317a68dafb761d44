import { subscribe } from '../../utils/messaging/broadcasts';

/**
 * A request a page makes before React renders (the background, often just woken, works on it meanwhile), kept for
 * the first mount unless contacts or settings change first: the view subscribes to those only on mount, so it would
 * not hear of the change and would show the stale answer.
 */
export function createEarlyRequest<T>() {
  let early: { value: T; stop: () => void } | null = null;
  const drop = () => {
    early?.stop();
    early = null;
  };
  return {
    /** Makes the request now, unless one is waiting. */
    start(make: () => T): void {
      if (early) return;
      const off = [subscribe('contactsChanged', drop), subscribe('settingsChanged', drop)];
      early = { value: make(), stop: () => off.forEach((unsubscribe) => unsubscribe()) };
    },
    /** The waiting request without taking it (null when none is, or it was dropped). */
    peek(): T | null {
      return early ? early.value : null;
    },
    /** The waiting request, once (null when none is, or it was dropped). */
    take(): T | null {
      const taken = early;
      early = null;
      taken?.stop();
      return taken ? taken.value : null;
    },
  };
}
