import { dueReason } from '../reminders/due';
import type { ContactEntry } from './entry';
import type { PopupRow } from './view-schema';

/** How many matched skills each way a row shows. */
export const ROW_SKILLS = 3;

/** The part of an index entry one list row shows; `due` depends on the time it is shown at. */
export function toRow(entry: ContactEntry, now: number): PopupRow {
  return {
    key: entry.key,
    url: entry.url,
    name: entry.name,
    subtitle: entry.subtitle,
    kind: entry.match.kind,
    score: entry.match.score,
    theyTeachMe: entry.match.theyTeachMe.slice(0, ROW_SKILLS),
    iTeachThem: entry.match.iTeachThem.slice(0, ROW_SKILLS),
    status: entry.status,
    followUpAt: entry.followUpAt,
    due: dueReason(entry, now),
    updatedAt: entry.updatedAt,
    estimatedFrom: entry.careerBasis?.source === 'title' ? entry.careerBasis.word : null,
  };
}
