/**
 * Resolves in a task after the browser's next rendering frame (an animation frame's callback runs before that frame's
 * layout and paint, a task queued from it after them), or after `maxWaitMs` where no frame comes: a hidden tab draws
 * none, so there it resolves at once.
 */
export function afterNextPaint(win: Window, maxWaitMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (win.document.visibilityState === 'hidden' || typeof win.requestAnimationFrame !== 'function') return resolve();
    const fallback = setTimeout(resolve, maxWaitMs);
    win.requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}
