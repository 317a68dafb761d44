import { messenger } from '../messaging/messenger';
import { sidebarSession } from './sidebar-session';

/**
 * The note being typed, kept per tab and contact by the background (utils/background/drafts-service.ts):
 * not in storage.local, which content scripts can read, and not the page's storage. A closed tab or an
 * in-app navigation loses nothing; two tabs never overwrite each other's draft.
 */
let tabIdPromise: Promise<number> | null = null;

/**
 * This sidebar's tab (the iframe lives in it), as the background reads it from the message's sender: Firefox
 * gives an extension frame inside a web page no `tabs` API. -1 where there is none (e.g. a test page).
 */
export function currentTabId(): Promise<number> {
  tabIdPromise ??= sidebarSession().then(
    (answer) => answer.tabId,
    () => -1,
  );
  return tabIdPromise;
}

export async function loadNoteDraft(contactKey: string): Promise<string> {
  return messenger.sendMessage('getNoteDraft', { tabId: await currentTabId(), key: contactKey });
}

/** Stores the draft; a blank draft is removed instead, so nothing holds empty leftovers. */
export async function saveNoteDraft(contactKey: string, text: string): Promise<void> {
  await messenger.sendMessage('saveNoteDraft', { tabId: await currentTabId(), key: contactKey, text });
}

export async function clearNoteDraft(contactKey: string): Promise<void> {
  await messenger.sendMessage('clearNoteDraft', { tabId: await currentTabId(), key: contactKey });
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
