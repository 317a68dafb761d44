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

export function round(value, digits = 1) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
