import en from '../../locales/en.json';
import de from '../../locales/de.json';
import type { UiLanguage } from '../schemas/settings';

// The same files @wxt-dev/i18n turns into _locales for the manifest. The UI reads them directly because
// browser.i18n cannot switch language at run time, and users may pick one in options.
export type MessageKey = keyof typeof en;
export type Lang = 'en' | 'de';

const CATALOGUES: Record<Lang, Record<MessageKey, string>> = { en, de };

/** `auto` follows the browser: German for any German locale (de-DE, de-AT, de-CH), English otherwise. */
export function resolveLanguage(preference: UiLanguage, browserLanguage: string): Lang {
  if (preference !== 'auto') return preference;
  return browserLanguage.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** Message text with `$1`, `$2` … replaced, as in browser.i18n. Missing German text falls back to English. */
export function translate(lang: Lang, key: MessageKey, ...substitutions: (string | number)[]): string {
  const text = CATALOGUES[lang][key] ?? CATALOGUES.en[key] ?? key;
  return text.replace(/\$(\d)/g, (match, index: string) => {
    const value = substitutions[Number(index) - 1];
    return value === undefined ? match : String(value);
  });
}
