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
import {
  DEFAULT_MY_PROFILE,
  DEFAULT_PREFERENCES,
  type DeletedNote,
  MAX_TOMBSTONES,
  type MyProfile,
  type Preferences,
} from '../schemas/settings';
import { MAX_GOALS, type Goal } from '../schemas/journey';
import { stableStringify } from './json-text';

/** Unique ids, saved order first, then the backup's new ones: a merge never loses a tag. */
export function unionTags(saved: readonly string[], incoming: readonly string[]): string[] {
  return [...new Set([...saved, ...incoming])];
}

/**
 * Goals of both copies, like tags: a merge never loses one (saved order first, then the backup's new ones,
 * up to the cap). A goal on both sides takes the copy of the later edited contact (`fromIncoming`), so a
 * tick set or taken back there wins when that side changed last; a tie keeps the saved one.
 */
export function mergeGoals(saved: readonly Goal[], incoming: readonly Goal[], fromIncoming: boolean): Goal[] {
  const theirs = new Map(incoming.map((goal) => [goal.id, goal]));
  const mine = new Set(saved.map((goal) => goal.id));
  const merged = [
    ...saved.map((goal) => (fromIncoming ? (theirs.get(goal.id) ?? goal) : goal)),
    ...incoming.filter((goal) => !mine.has(goal.id)),
  ];
  return merged.slice(0, MAX_GOALS);
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
    cadenceWeeks: detailsFrom.cadenceWeeks,
    goals: mergeGoals(saved.goals, incoming.goals, incomingNewer),
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

/**
 * My profile from a backup merged into the one saved here. Restoring into a fresh browser after the short
 * onboarding must bring the backed-up profile back: skills are unions, and every other field keeps what is
 * set here unless it is still empty or at its default, then the backup's value fills it.
 */
export function mergeMyProfile(saved: MyProfile, incoming: MyProfile): MyProfile {
  const pick = <K extends keyof MyProfile>(key: K): MyProfile[K] =>
    isUnset(saved[key], DEFAULT_MY_PROFILE[key]) ? incoming[key] : saved[key];
  return {
    name: saved.name.trim() !== '' ? saved.name : incoming.name,
    teachSkills: unionTags(saved.teachSkills, incoming.teachSkills),
    learnSkills: unionTags(saved.learnSkills, incoming.learnSkills),
    careerStartYear: saved.careerStartYear ?? incoming.careerStartYear,
    outreachLanguage: pick('outreachLanguage'),
    germanAddress: pick('germanAddress'),
    linkedinPremium: pick('linkedinPremium'),
  };
}

/** Preferences: a UI language chosen on either side, the latest backup time, onboarding done on either side. */
export function mergePreferences(saved: Preferences, incoming: Preferences): Preferences {
  return {
    uiLanguage: saved.uiLanguage !== DEFAULT_PREFERENCES.uiLanguage ? saved.uiLanguage : incoming.uiLanguage,
    lastBackupAt:
      saved.lastBackupAt === null || incoming.lastBackupAt === null
        ? (saved.lastBackupAt ?? incoming.lastBackupAt)
        : Math.max(saved.lastBackupAt, incoming.lastBackupAt),
    onboardingDone: saved.onboardingDone || incoming.onboardingDone,
  };
}

const isUnset = <T>(value: T, fallback: T): boolean => value === fallback;
