export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * A 90% confidence interval of the median (z = 1.645), from the samples' order statistics: no assumption about
 * their distribution, which for page loads on a busy machine is anything but normal. Null below 10 samples, where
 * the interval would be the whole range.
 */
export function medianInterval(values, z = 1.645) {
  const n = values.length;
  if (n < 10) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const k = Math.max(0, Math.floor((n - z * Math.sqrt(n)) / 2));
  return [sorted[k], sorted[n - 1 - k]];
}

/**
 * The order of round `i`'s loads, so that over the whole run each browser's load follows each other browser's equally
 * often. A load came out up to 10% slower right after some of the others (what a browser still does after its page's
 * load event competes with the next one), and a plain rotation of three lets one of the two come first twice as often.
 * Two kinds alternate; three take a-b-c, then a-c-b (a b c a c b: every ordered pair once per two rounds).
 */
export function roundOrder(kinds, i) {
  if (kinds.length === 2) return [...kinds];
  if (kinds.length !== 3) throw new Error(`roundOrder: 2 or 3 kinds, not ${kinds.length}`);
  const [a, b, c] = kinds;
  return i % 2 === 0 ? [a, b, c] : [a, c, b];
}

export function round(value, digits = 1) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
