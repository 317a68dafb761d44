import type { createProfileWatcher } from './profile-watcher';

export type CreateProfileWatcher = typeof createProfileWatcher;

// A property of the content script's own global: an isolated world in Chromium, a sandbox in Firefox. The page's
// scripts have another global and cannot see, call or replace it; the scripts of this extension in this tab share it.
const SLOT = '__mentorRadarPageReader';

// Unset: no page we read was shown yet; a function: the content script waits for the reader; 'attached': it has it.
type Slot = { [SLOT]?: ((create: CreateProfileWatcher) => void) | 'attached' };

/** The content script waits for the page reader (entrypoints/page-reader.ts); `attach` runs once it arrives. */
export function awaitPageReader(attach: (create: CreateProfileWatcher) => void): void {
  (globalThis as Slot)[SLOT] = attach;
}

/** The page reader hands itself over; false when no content script of this document asked for it. */
export function offerPageReader(create: CreateProfileWatcher): boolean {
  const scope = globalThis as Slot;
  const attach = scope[SLOT];
  if (typeof attach !== 'function') return false;
  scope[SLOT] = 'attached';
  attach(create);
  return true;
}
