import { browser } from 'wxt/browser';
import { PopupSnapshotSchema, type PopupSnapshot } from './snapshot';

export const SNAPSHOT_STORAGE_KEY = 'popup:snapshot';

/** Stored data is untrusted: a wrong shape, an older format or another version's snapshot is not used. */
export function parseStoredSnapshot(stored: unknown, version: string): PopupSnapshot | null {
  if (stored === undefined) return null;
  const parsed = PopupSnapshotSchema.safeParse(stored);
  return parsed.success && parsed.data.version === version ? parsed.data : null;
}

/**
 * Keeps one snapshot in storage.local (it outlives the service worker) and deletes it on every database
 * write. Storage calls from one context are carried out in the order they are made, so a delete issued
 * after a save always wins; the caller only saves answers computed without a write reported meanwhile.
 */
export class SnapshotStore {
  /** Bumped by every invalidation: a read that started before one must not be used. */
  private epoch = 0;
  private current: Promise<PopupSnapshot | null> | null = null;

  constructor(private readonly version: string) {}

  /** Something the answers depend on changed (a database write, an extension update). */
  invalidate(): void {
    this.epoch += 1;
    this.current = Promise.resolve(null);
    browser.storage.local.remove(SNAPSHOT_STORAGE_KEY).catch((e) => console.warn('could not drop popup snapshot', e));
  }

  save(snapshot: PopupSnapshot): void {
    this.current = Promise.resolve(snapshot);
    browser.storage.local.set({ [SNAPSHOT_STORAGE_KEY]: snapshot }).catch((e) => console.warn('could not keep popup snapshot', e));
  }

  /** The stored snapshot (read once per service-worker life); null when there is none that can be trusted. */
  load(): Promise<PopupSnapshot | null> {
    if (this.current === null) {
      const epoch = this.epoch;
      this.current = browser.storage.local.get(SNAPSHOT_STORAGE_KEY).then(
        (stored) => (epoch === this.epoch ? parseStoredSnapshot(stored[SNAPSHOT_STORAGE_KEY], this.version) : null),
        (error: unknown) => {
          console.warn('could not read popup snapshot', error);
          return null;
        },
      );
    }
    return this.current;
  }
}
