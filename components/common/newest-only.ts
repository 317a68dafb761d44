/**
 * Loads that can overlap (a broadcast while the previous answer is on its way): only the newest one's answer counts,
 * since an older one, read before the latest change, may arrive after it. `next()` numbers a load and gives the check
 * to make when its answer comes; `drop()` makes every load on its way stale (the view unmounted or changed key).
 */
export function newestOnly() {
  let latest = 0;
  return {
    next(): () => boolean {
      const mine = ++latest;
      return () => mine === latest;
    },
    drop(): void {
      latest += 1;
    },
  };
}
