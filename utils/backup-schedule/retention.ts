/**
 * Pure: which of our backups to delete so that `keep` remain. The one just written always stays, whatever
 * its time says: with the clock set back it looks older than the rest, and pruning it would throw away the
 * newest data. Of the others the newest by time stay. Shared by the folder's files and the copies kept in
 * the extension, so both follow one rule.
 */
export function pickToPrune<T extends { id: string; at: number }>(items: readonly T[], keep: number, justWritten: string | null): T[] {
  const others = items.filter((item) => item.id !== justWritten).sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1));
  const kept = justWritten !== null && items.some((item) => item.id === justWritten) ? 1 : 0;
  return others.slice(Math.max(0, keep - kept));
}
