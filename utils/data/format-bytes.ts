const UNITS = ['B', 'kB', 'MB', 'GB', 'TB'] as const;

/** `1.2 MB` / `1,2 MB`: decimal units as browsers and operating systems show file sizes. */
export function formatBytes(bytes: number, lang: 'en' | 'de'): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const number = new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-US', { maximumFractionDigits: digits }).format(value);
  return `${number} ${UNITS[unit]}`;
}
