import { afterNextPaint } from '../ui/after-next-paint';
import { whenPageLoaded } from './page-loaded';

/**
 * How long after DOMContentLoaded the sidebar frame waits for the page's load event before starting anyway. An iframe
 * started before the load event delays it: with 150 ms, on a busy machine (load 5-7) the fixture's load came later and
 * the load ratio rose to 1.17x; with 300 ms it stayed at 1.05x, with the frame's first paint unchanged (it usually
 * starts at the load event). The name needs no frame: the shell shows it first.
 */
export const MAX_WAIT_FOR_PAGE_LOAD_MS = 300;
/** The same for the shell with the person's name (issue 16: name shown ≤ 150 ms after DOMContentLoaded). */
export const MAX_WAIT_FOR_SHELL_MS = 100;
/** How long the start waits for the frame that paints the shell, where none comes (a tab hidden meanwhile). */
export const MAX_WAIT_FOR_SHELL_PAINT_MS = 150;

export interface PageStartSteps {
  /** Draws the shell with the person's name; false where the page names no one yet (no shell). */
  drawShell(): boolean;
  /** Starts the sidebar proper: the page follower, the frame, the page reader. */
  start(): void;
  signal: AbortSignal;
  win?: Window;
}

/**
 * The content script's first steps on a page load: the name first, then everything else. Both wait for the page's
 * load event, or for a page still loading a while after its DOM is ready (real LinkedIn pages), where that loading
 * hides their cost. Measured (alternating page loads, with / without the extension): the shell drawn at
 * DOMContentLoaded, or in the first animation frame after it, added 0.1–0.15 to the load ratio; drawn after the load
 * event, the name still shows within ~150 ms of DOMContentLoaded.
 *
 * The start waits, besides, until the shell has been painted. Started in the same task as the shell, its work (the
 * frame's creation, the page reader's injection and parse) ran before the browser's next frame: the name was painted
 * a median 131 ms after it was drawn; started after that frame, 25 ms (21 loads of three fixtures each, load ~4).
 */
export function startPage({ drawShell, start, signal, win = window }: PageStartSteps): void {
  let shellPainted: Promise<void> | null = null;
  whenPageLoaded(
    () => {
      if (drawShell()) shellPainted = afterNextPaint(win, MAX_WAIT_FOR_SHELL_PAINT_MS);
    },
    { maxWaitAfterDomMs: MAX_WAIT_FOR_SHELL_MS, signal, win },
  );
  whenPageLoaded(
    () => {
      if (!shellPainted) return start();
      void shellPainted.then(() => {
        if (!signal.aborted) start();
      });
    },
    { maxWaitAfterDomMs: MAX_WAIT_FOR_PAGE_LOAD_MS, signal, win },
  );
}
