import type { Lang } from '../../../utils/i18n/translate';

/** `10,000` / `10.000`. */
export function formatCount(value: number, lang: Lang): string {
  return value.toLocaleString(lang === 'de' ? 'de-DE' : 'en-US');
}

/** `15 Jan 2025, 10:30` / `15.01.2025, 10:30` in the user's time zone. */
export function formatDateTime(epochMs: number, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(epochMs),
  );
}

/** The message of anything thrown across the message boundary. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
