import { browser } from 'wxt/browser';

/**
 * The note being typed, kept per contact key in the extension's storage.local (not the page's storage,
 * not IndexedDB: the sidebar iframe may not open it). A closed tab or an in-app navigation loses nothing.
 */
const DRAFT_PREFIX = 'sb:noteDraft:';

export function noteDraftKey(contactKey: string): string {
  return DRAFT_PREFIX + contactKey;
}

export async function loadNoteDraft(contactKey: string): Promise<string> {
  const storageKey = noteDraftKey(contactKey);
  const stored = await browser.storage.local.get(storageKey);
  const value = stored[storageKey];
  return typeof value === 'string' ? value : '';
}

/** Stores the draft; a blank draft is removed instead, so storage holds no empty leftovers. */
export async function saveNoteDraft(contactKey: string, text: string): Promise<void> {
  const storageKey = noteDraftKey(contactKey);
  if (text.trim() === '') await browser.storage.local.remove(storageKey);
  else await browser.storage.local.set({ [storageKey]: text });
}

export function clearNoteDraft(contactKey: string): Promise<void> {
  return browser.storage.local.remove(noteDraftKey(contactKey));
}

/**
 * Debounces writes of one contact's draft. `flush` writes a pending draft at once (page hide, switching
 * to another person); `cancel` drops it (the note was saved, so the draft must not come back).
 */
export function createDraftSaver(
  write: (contactKey: string, text: string) => Promise<void> = saveNoteDraft,
  delayMs = 300,
) {
  let pending: { contactKey: string; text: string } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const stopTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const flush = (): Promise<void> => {
    stopTimer();
    const job = pending;
    pending = null;
    return job ? write(job.contactKey, job.text) : Promise.resolve();
  };
  return {
    schedule(contactKey: string, text: string): void {
      // A draft of another person still waiting is written first, never lost or misfiled.
      if (pending && pending.contactKey !== contactKey) void flush();
      pending = { contactKey, text };
      stopTimer();
      timer = setTimeout(() => void flush(), delayMs);
    },
    flush,
    cancel(): void {
      stopTimer();
      pending = null;
    },
  };
}
