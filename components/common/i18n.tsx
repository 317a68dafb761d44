import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { resolveLanguage, translate, type Lang, type MessageKey } from '../../utils/i18n/translate';
import type { UiLanguage } from '../../utils/schemas/settings';

interface I18n {
  lang: Lang;
  t: (key: MessageKey, ...substitutions: (string | number)[]) => string;
}

const I18nContext = createContext<I18n>({ lang: 'en', t: (key, ...s) => translate('en', key, ...s) });

export function I18nProvider({ preference = 'auto', children }: { preference?: UiLanguage; children: ReactNode }) {
  const value = useMemo<I18n>(() => {
    const lang = resolveLanguage(preference, navigator.language);
    return { lang, t: (key, ...s) => translate(lang, key, ...s) };
  }, [preference]);
  useEffect(() => {
    document.documentElement.lang = value.lang;
  }, [value.lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
