import { useEffect, useRef, useState } from 'react';

/**
 * A field saved through the background that shows the user's change at once. While a save is on its
 * way, live reloads of the stored value (broadcasts from this or another tab) would briefly show the old
 * value, so they are adopted only when nothing is pending; a failed save goes back to what is stored.
 */
export function useOptimistic<T>(
  stored: T,
  /** Gets the new value and the one shown before it (for saving the change as an operation). */
  save: (next: T, before: T) => Promise<T>,
  onError: (error: unknown) => void,
): [T, (next: T) => void] {
  const [shown, setShown] = useState(stored);
  const pending = useRef(0);
  const latestStored = useRef(stored);
  latestStored.current = stored;

  useEffect(() => {
    if (pending.current === 0) setShown(stored);
  }, [stored]);

  const change = (next: T) => {
    const before = shown;
    setShown(next);
    pending.current += 1;
    save(next, before).then(
      (saved) => {
        pending.current -= 1;
        if (pending.current === 0) setShown(saved);
      },
      (error: unknown) => {
        pending.current -= 1;
        if (pending.current === 0) setShown(latestStored.current);
        onError(error);
      },
    );
  };
  return [shown, change];
}
