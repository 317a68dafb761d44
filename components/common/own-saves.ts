/**
 * The values this page saved whose echo may still come back from a live read (useLive). A read asked for on the
 * broadcast of one save can answer after the next save was acknowledged: it returns the earlier value, and a page that adopted
 * it (no edit pending any more) built its next edit on it and lost the one in between (the radar e2e test caught
 * a learn skill missing). Only the newest read counts (useLive), so once a read returns anything but an earlier save
 * of ours, no older one can follow and the list starts afresh.
 */
export function ownSaves<T>() {
  let sent: string[] = [];
  return {
    /** Call with each value as it is sent to be saved. */
    saving(value: T): void {
      sent.push(stableKey(value));
    },
    /** Whether a stored value read back is an earlier save of this page's, older than its latest: not to be adopted. */
    isStale(stored: T): boolean {
      const at = sent.lastIndexOf(stableKey(stored));
      if (at >= 0 && at < sent.length - 1) return true;
      sent = [];
      return false;
    },
  };
}

/** JSON with object keys sorted: a value spread from a patch keeps its keys' order, one parsed by zod the schema's. */
function stableKey(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
