/**
 * Field-level merge rules for a merge-restore (documented in README "Merge-restore rules"). Pure.
 *
 * Two devices' clocks never agree exactly, so rules that need no clock come first: tags are unions, the
 * earliest createdAt and the latest updatedAt are kept. Where one value must win (status, follow-up,
 * direction, profile fields, a note's text) the later time wins and a tie keeps what is saved here; a
 * backup's time more than MAX_CLOCK_SKEW_MS in the future never gets this far (backup.ts drops the record).
 * Deleted notes leave a tombstone (`deletedNotes` setting) that travels in backups: a note deleted on either
 * side stays deleted, unless it was edited after the deletion.
 */
import type { Contact, TimelineEntry } from '../schemas/contact';
import { type DeletedNote, MAX_TOMBSTONES } from '../schemas/settings';
import { stableStringify } from './json-text';

/** Unique ids, saved order first, then the backup's new ones: a merge never loses a tag. */
export function unionTags(saved: readonly string[], incoming: readonly string[]): string[] {
  return [...new Set([...saved, ...incoming])];
}

/** The saved contact merged with the backup's copy of the same person. Returns `saved` itself when nothing changes. */
export function mergeContact(saved: Contact, incoming: Contact): Contact {
  const incomingNewer = incoming.updatedAt > saved.updatedAt;
  // Profile fields move together (they come from one parse): the side with a profile snapshot beats a bare
  // import row; between two snapshots, or two bare rows, the later one.
  const profileFrom =
    saved.profile === null && incoming.profile !== null
      ? incoming
      : saved.profile !== null && incoming.profile === null
        ? saved
        : incomingNewer
          ? incoming
          : saved;
  const statusFrom = incoming.statusChangedAt > saved.statusChangedAt ? incoming : saved;
  const detailsFrom = incomingNewer ? incoming : saved;
  const merged: Contact = {
    ...saved,
    name: profileFrom.name,
    headline: profileFrom.headline,
    location: profileFrom.location,
    currentRole: profileFrom.currentRole,
    currentCompany: profileFrom.currentCompany,
    careerStartYear: profileFrom.careerStartYear,
    profile: profileFrom.profile,
    teachSkills: unionTags(saved.teachSkills, incoming.teachSkills),
    learnSkills: unionTags(saved.learnSkills, incoming.learnSkills),
    status: statusFrom.status,
    statusChangedAt: statusFrom.statusChangedAt,
    direction: detailsFrom.direction,
    followUpAt: detailsFrom.followUpAt,
    connectedOn: saved.connectedOn ?? incoming.connectedOn,
    createdAt: Math.min(saved.createdAt, incoming.createdAt),
    updatedAt: Math.max(saved.updatedAt, incoming.updatedAt),
  };
  return sameContact(merged, saved) ? saved : merged;
}

const sameContact = (a: Contact, b: Contact): boolean => stableStringify(a) === stableStringify(b);

/** Tombstones of both sides, one per note (latest deletion), newest kept when over the cap. */
export function mergeTombstones(saved: readonly DeletedNote[], incoming: readonly DeletedNote[]): DeletedNote[] {
  const byId = new Map<string, DeletedNote>();
  for (const tomb of [...saved, ...incoming]) {
    const known = byId.get(tomb.id);
    if (!known || tomb.deletedAt > known.deletedAt) byId.set(tomb.id, tomb);
  }
  return [...byId.values()].sort((a, b) => b.deletedAt - a.deletedAt).slice(0, MAX_TOMBSTONES);
}

/** A note deleted at `deletedAt` stays deleted unless this copy was edited after that. */
export function isBuried(entry: TimelineEntry, tombstones: ReadonlyMap<string, number>): boolean {
  const deletedAt = tombstones.get(entry.id);
  return deletedAt !== undefined && entry.updatedAt <= deletedAt;
}

/**
 * One timeline entry present on both sides: events never change (saved kept); a note keeps the text of
 * the later edit (tie: saved). Returns `saved` when nothing changes.
 */
export function mergeTimelineEntry(saved: TimelineEntry, incoming: TimelineEntry): TimelineEntry {
  if (saved.kind !== 'note' || incoming.kind !== 'note') return saved;
  return incoming.updatedAt > saved.updatedAt && incoming.text !== saved.text ? incoming : saved;
}
