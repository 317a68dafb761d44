import type { MentorRadarDb } from '../db/database';
import { onDbChange } from '../db/db-changes';
import { NetworkIndex } from './network-index';
import { loadRememberedView } from './remembered-view';
import { answerFromSnapshot, SNAPSHOT_ROWS, takeSnapshot } from './snapshot';
import { SnapshotStore } from './snapshot-store';
import type { QueryContactsInput, QueryContactsOutput } from './view-schema';
import type { IntroductionsOutputSchema, RadarInput, RadarView } from '../radar/radar-schema';
import type { z } from 'zod';

type IntroductionsOutput = z.infer<typeof IntroductionsOutputSchema>;

/**
 * Quiet time after the last database write before the background answers the popup's first page on its own
 * (and so keeps a snapshot of it): an import or a restore is one write, typing a note is several.
 */
export const SNAPSHOT_AFTER_WRITE_MS = 1000;

/**
 * Answers the popup's list queries. Normally from the in-memory index; while the index is not built yet
 * (the service worker just started), from the stored snapshot when it holds the answer, and the index is
 * then built in the background so the next search or filter finds it ready. A snapshot answer is exact
 * (snapshot.ts), so the popup has nothing to correct afterwards; a later write reaches it as usual
 * (contactsChanged makes it ask again).
 */
export class PopupQueries {
  private warming: Promise<void> | null = null;
  private afterWrite: ReturnType<typeof setTimeout> | null = null;
  private refreshing: Promise<void> | null = null;

  constructor(
    private readonly index: NetworkIndex,
    private readonly store: SnapshotStore,
    private readonly now: () => number = Date.now,
    private readonly snapshotAfterWriteMs: number | null = SNAPSHOT_AFTER_WRITE_MS,
  ) {}

  /**
   * A write deleted the snapshot: once writes pause, answer the remembered view's first page here, so the
   * index is (re)built and a new snapshot kept before anyone asks. Without it, the first popup after an
   * import, a restore, or a tag followed by the service worker's idle stop would wait for a whole build.
   * The answer goes through the same path as the popup's (network-index.ts keeps it only if no write came
   * in meanwhile), so the snapshot is never older than the data.
   */
  written(): void {
    if (this.snapshotAfterWriteMs === null) return;
    if (this.afterWrite !== null) clearTimeout(this.afterWrite);
    this.afterWrite = setTimeout(() => {
      this.afterWrite = null;
      this.refreshing = this.index
        .query({ offset: 0, limit: SNAPSHOT_ROWS })
        .then(() => undefined)
        .catch((error: unknown) => console.warn('popup first page after a write failed', error));
    }, this.snapshotAfterWriteMs);
  }

  /** Stops a pending first page after a write (tests; a closed database). */
  cancelPending(): void {
    if (this.afterWrite !== null) clearTimeout(this.afterWrite);
    this.afterWrite = null;
  }

  async query(input: QueryContactsInput): Promise<QueryContactsOutput> {
    if (!this.index.built) {
      const quick = await this.fromSnapshot(input);
      if (quick) {
        this.warmSoon();
        return quick;
      }
    }
    return this.index.query(input);
  }

  radar(input: RadarInput): Promise<RadarView> {
    return this.index.radar(input);
  }

  async introductions(best: number): Promise<IntroductionsOutput> {
    const { pairs, entries, compared } = await this.index.introductions(best);
    const side = (key: string, teaches: string[]) => {
      const e = entries.get(key)!;
      return { key, name: e.name, subtitle: e.subtitle, url: e.url, teaches };
    };
    return {
      pairs: pairs.map((p) => ({ score: p.score, junior: side(p.junior, p.juniorTeaches), senior: side(p.senior, p.seniorTeaches) })),
      candidatesCompared: compared,
    };
  }

  private async fromSnapshot(input: QueryContactsInput): Promise<QueryContactsOutput | null> {
    const [snapshot, view] = await Promise.all([this.store.load(), input.view ?? loadRememberedView()]);
    if (!snapshot) return null;
    return answerFromSnapshot(snapshot, { view, offset: input.offset, limit: input.limit }, this.now());
  }

  /** Resolves once the index build started by a snapshot answer, or the first page after a write, is done (tests wait for it). */
  async settled(): Promise<void> {
    await this.warming;
    await this.refreshing;
  }

  /** After the answer has been sent: building takes a while and would otherwise delay it. */
  private warmSoon(): void {
    this.warming ??= new Promise<void>((resolve) => setTimeout(resolve, 0))
      .then(() => this.index.warm())
      .catch((error: unknown) => console.warn('popup index build failed', error));
  }
}

/**
 * The background's popup queries for `db`: an index and a snapshot store fed by every database write (the
 * snapshot is deleted before the index even marks what to re-read). `version` is the extension's version.
 */
export function createPopupQueries(
  db: MentorRadarDb,
  version: string,
  now: () => number = Date.now,
  snapshotAfterWriteMs: number | null = SNAPSHOT_AFTER_WRITE_MS,
): { queries: PopupQueries; store: SnapshotStore } {
  const store = new SnapshotStore(version);
  // The snapshot is taken a moment later (not on every keystroke); a write before then cancels it.
  const index = new NetworkIndex(db, now, (answer) =>
    store.saveSoon(answer.output.view, answer.now, () => takeSnapshot(answer, version)),
  );
  const queries = new PopupQueries(index, store, now, snapshotAfterWriteMs);
  onDbChange(db, (change) => {
    store.invalidate();
    index.onChange(change);
    queries.written();
  });
  return { queries, store };
}
