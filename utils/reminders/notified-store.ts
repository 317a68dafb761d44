/**
 * Which follow-ups were already announced (contact key → follow-up time). It names people, so it lives in the
 * background's local state database, never in storage.local (content scripts can read that). Validated on
 * read: anything else stored there counts as "nothing notified yet".
 */
import { z } from 'zod';
import type { LocalStateDb } from '../db/local-db';
import { LIMITS } from '../schemas/limits';

export const NOTIFIED_KEY = 'reminders:notified';

const NotifiedSchema = z.record(z.string().min(1).max(LIMITS.key), z.number().int().nonnegative());
export type Notified = z.infer<typeof NotifiedSchema>;

export function parseNotified(value: unknown): Notified {
  const parsed = NotifiedSchema.safeParse(value);
  return parsed.success ? parsed.data : {};
}

export async function readNotified(local: LocalStateDb): Promise<Notified> {
  return parseNotified((await local.state.get(NOTIFIED_KEY))?.value);
}

export async function writeNotified(local: LocalStateDb, notified: Notified): Promise<void> {
  await local.state.put({ key: NOTIFIED_KEY, value: notified });
}
