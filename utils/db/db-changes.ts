import type Dexie from 'dexie';
import type { DBCore, DBCoreMutateRequest, DBCoreTable } from 'dexie';

/**
 * One write to a table, reported after it succeeded inside its transaction. Any read started afterwards
 * sees it (IndexedDB queues later transactions behind an overlapping readwrite one).
 */
export interface DbChange {
  table: string;
  /** Primary keys written or deleted; null when a whole range was deleted (e.g. table.clear()). */
  keys: unknown[] | null;
  /** The objects written (add/put); empty for deletes. */
  values: readonly unknown[];
}
export type DbChangeListener = (change: DbChange) => void;

const listeners = new WeakMap<Dexie, Set<DbChangeListener>>();

function describe(req: DBCoreMutateRequest, table: string, primaryKeyPath: string | string[] | null): DbChange {
  switch (req.type) {
    case 'add':
    case 'put': {
      const values = req.values ?? [];
      const keyPath = typeof primaryKeyPath === 'string' ? primaryKeyPath : null;
      const keys = req.keys ?? (keyPath ? values.map((v) => (v as Record<string, unknown>)[keyPath]) : null);
      return { table, keys: keys ? [...keys] : null, values };
    }
    case 'delete':
      return { table, keys: [...req.keys], values: [] };
    case 'deleteRange':
      return { table, keys: null, values: [] };
  }
}

/**
 * Calls `listener` after every successful write through this Dexie instance, whichever service made it
 * (saving, notes, imports, restores): caches in the background stay correct without every writer having
 * to remember to invalidate them. A DBCore middleware, unlike table hooks, costs no extra reads on bulk
 * writes. Must be called before the database is first opened.
 */
export function onDbChange(db: Dexie, listener: DbChangeListener): () => void {
  let set = listeners.get(db);
  if (!set) {
    const fresh = new Set<DbChangeListener>();
    set = fresh;
    listeners.set(db, fresh);
    if (db.isOpen()) console.warn('onDbChange registered after the database was opened: changes are not seen');
    db.use({
      stack: 'dbcore',
      name: 'mentor-radar-change-listeners',
      create: (down: DBCore): DBCore => ({
        ...down,
        table(name: string): DBCoreTable {
          const table = down.table(name);
          const keyPath = table.schema.primaryKey.keyPath ?? null;
          return {
            ...table,
            mutate: (req) =>
              table.mutate(req).then((result) => {
                // Partial failures are reported too: re-reading a key that did not change is harmless.
                const change = describe(req, name, keyPath);
                for (const fn of fresh) {
                  try {
                    fn(change);
                  } catch (error) {
                    console.warn('db change listener failed', error);
                  }
                }
                return result;
              }),
          };
        },
      }),
    });
  }
  set.add(listener);
  return () => set.delete(listener);
}

