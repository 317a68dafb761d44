import { privateStorage } from '../ui/private-storage';
import { SNAPSHOT_STORAGE_KEY } from './popup-storage-keys';
import { sameView } from './remembered-view';
import { PopupSnapshotSchema, type PopupSnapshot } from './snapshot';
import type { PopupView } from './view-schema';

/** Typing asks for a first page per keystroke: only the one the user stops at is kept. */
export const SAVE_DELAY_MS = 250;

/** Stored data is untrusted: a wrong shape, an older format or another version's snapshot is not used. */
export function parseStoredSnapshot(stored: unknown, version: string): PopupSnapshot | null {
  if (stored === undefined) return null;
  const parsed = PopupSnapshotSchema.safeParse(stored);
  return parsed.success && parsed.data.version === version ? parsed.data : null;
}

/**
 * Keeps one snapshot in storage.session (utils/ui/private-storage.ts) (it outlives the service worker) and deletes it on every database
 * write. Storage calls from one context are carried out in the order they are made, so a delete issued
 * after a save always wins; the caller only saves answers computed without a write reported meanwhile.
 */
export class SnapshotStore {
  /** Bumped by every invalidation: a read that started before one must not be used. */
  private epoch = 0;
  private current: Promise<PopupSnapshot | null> | null = null;
  /** The snapshot in storage, as long as nothing was invalidated since it was saved or read. */
  private kept: PopupSnapshot | null = null;
  private pendingSave: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly version: string) {}

  /** Something the answers depend on changed (a database write, an extension update). */
  invalidate(): void {
    this.cancelPendingSave();
    this.epoch += 1;
    this.current = Promise.resolve(null);
    this.kept = null;
    privateStorage().remove(SNAPSHOT_STORAGE_KEY).catch((e) => console.warn('could not drop popup snapshot', e));
  }

  /**
   * Saves what `take` returns a moment from now, unless another save replaces it or something is
   * invalidated first (then the data `take` reads may have changed since the answer: nothing is saved).
   * Nothing to do when the kept snapshot already answers `view` at `now` (reopening the popup unchanged).
   */
  saveSoon(view: PopupView, now: number, take: () => PopupSnapshot): void {
    this.cancelPendingSave();
    const kept = this.kept;
    if (kept && sameView(kept.view, view) && now >= kept.takenAt && now < kept.validUntil) return;
    const epoch = this.epoch;
    this.pendingSave = setTimeout(() => {
      this.pendingSave = null;
      if (epoch !== this.epoch) return;
      try {
        this.save(take());
      } catch (error) {
        console.warn('could not take popup snapshot', error);
      }
    }, SAVE_DELAY_MS);
  }

  save(snapshot: PopupSnapshot): void {
    this.cancelPendingSave();
    this.current = Promise.resolve(snapshot);
    this.kept = snapshot;
    privateStorage().set({ [SNAPSHOT_STORAGE_KEY]: snapshot }).catch((e) => console.warn('could not keep popup snapshot', e));
  }

  private cancelPendingSave(): void {
    if (this.pendingSave !== null) clearTimeout(this.pendingSave);
    this.pendingSave = null;
  }

  /** The stored snapshot (read once per service-worker life); null when there is none that can be trusted. */
  load(): Promise<PopupSnapshot | null> {
    if (this.current === null) {
      const epoch = this.epoch;
      this.current = privateStorage().get(SNAPSHOT_STORAGE_KEY).then(
        (stored) => {
          if (epoch !== this.epoch) return null;
          const snapshot = parseStoredSnapshot(stored[SNAPSHOT_STORAGE_KEY], this.version);
          this.kept ??= snapshot; // unless a newer one was saved meanwhile
          return snapshot;
        },
        (error: unknown) => {
          console.warn('could not read popup snapshot', error);
          return null;
        },
      );
    }
    return this.current;
  }
}
