import { afterEach } from 'vitest';
import { MentorRadarDb } from '../../utils/db/database';
import { LocalStateDb } from '../../utils/db/local-db';

/** A fresh fake-indexeddb database per test, deleted afterwards. */
export function useTestDb(): () => MentorRadarDb {
  let db: MentorRadarDb | undefined;
  afterEach(async () => {
    if (db) await db.delete();
    db = undefined;
  });
  return () => {
    db ??= new MentorRadarDb(`test-${crypto.randomUUID()}`);
    return db;
  };
}

/** A fresh local state database (drafts, safety copies, working state) per test, deleted afterwards. */
export function useTestLocalDb(): () => LocalStateDb {
  let local: LocalStateDb | undefined;
  afterEach(async () => {
    if (local) await local.delete();
    local = undefined;
  });
  return () => {
    local ??= new LocalStateDb(`test-local-${crypto.randomUUID()}`);
    return local;
  };
}
