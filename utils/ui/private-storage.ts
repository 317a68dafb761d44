import { browser } from 'wxt/browser';

/**
 * Where personal working state (the popup's first-page snapshot with names and URLs, its last search) lives:
 * storage.session, which content scripts cannot read (storage.local they can). It lasts until the browser
 * closes — long enough to outlive every service-worker stop, which is what the snapshot is for.
 */
export const privateStorage = () => browser.storage.session;

/** Storage keys older versions kept in storage.local: removed at start so no content script can read them. */
export const LEGACY_LOCAL_KEYS = ['popup:snapshot', 'popup:view', 'reminders:notified'] as const;
export const LEGACY_DRAFT_PREFIX = 'sb:noteDraft:';

/**
 * Background start: keep storage.session from content scripts explicitly (Chrome's default, stated so a
 * change of default cannot expose it; Firefox never exposes it and has no setAccessLevel).
 */
export async function restrictSessionStorage(): Promise<void> {
  const session = browser.storage.session as typeof browser.storage.session & {
    setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }) => Promise<void>;
  };
  try {
    await session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
  } catch (error) {
    console.warn('could not restrict storage.session', error);
  }
}
