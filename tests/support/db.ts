import { afterEach } from 'vitest';
import { MentorRadarDb } from '../../utils/db/database';

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
