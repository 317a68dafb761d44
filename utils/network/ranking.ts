import type { ContactEntry } from './entry';
import type { PopupSort } from './view-schema';

type Rankable = Pick<ContactEntry, 'key' | 'name' | 'updatedAt' | 'followUpAt' | 'match'>;
type Compare = (a: Rankable, b: Rankable) => number;

// One collator for all name comparisons: "Özdemir" sorts with O, case does not matter.
const collator = new Intl.Collator(['de', 'en'], { sensitivity: 'base', numeric: true });

const byName: Compare = (a, b) => collator.compare(a.name, b.name) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
const byRecent: Compare = (a, b) => b.updatedAt - a.updatedAt || byName(a, b);

/** Best mentoring potential first; equal scores: two-way reverse pairings before others, then recent work. */
const KIND_ORDER = { reverse: 0, classic: 1, peer: 2, none: 3 } as const;
const byPotential: Compare = (a, b) =>
  b.match.score - a.match.score || KIND_ORDER[a.match.kind] - KIND_ORDER[b.match.kind] || byRecent(a, b);

/** Soonest follow-up first (overdue ones lead); people without a date come last, most recent first. */
const byFollowUp: Compare = (a, b) => {
  if (a.followUpAt === null || b.followUpAt === null) {
    if (a.followUpAt !== b.followUpAt) return a.followUpAt === null ? 1 : -1;
    return byRecent(a, b);
  }
  return a.followUpAt - b.followUpAt || byRecent(a, b);
};

export const COMPARATORS: Readonly<Record<PopupSort, Compare>> = {
  potential: byPotential,
  updated: byRecent,
  name: byName,
  followUp: byFollowUp,
};

/** A sorted copy; the background keeps one per sort and filters it, so a keystroke never sorts. */
export function sortEntries<T extends Rankable>(entries: Iterable<T>, sort: PopupSort): T[] {
  return [...entries].sort(COMPARATORS[sort]);
}
