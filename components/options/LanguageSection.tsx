import { useEffect, useState } from 'react';
import { useI18n } from '../common/i18n';
import { useSettings } from '../common/use-settings';
import { messenger } from '../../utils/messaging/messenger';
import type { MessageKey } from '../../utils/i18n/translate';
import type { UiLanguage } from '../../utils/schemas/settings';

const CHOICES: { value: UiLanguage; label: MessageKey }[] = [
  { value: 'auto', label: 'sb_languageAuto' },
  { value: 'en', label: 'sb_languageEn' },
  { value: 'de', label: 'sb_languageDe' },
];

/**
 * UI language: the browser's by default, or English/German. Saved in settings, whose broadcast switches
 * every open page (sidebars, popup, this page) at once.
 */
export function LanguageSection() {
  const { t } = useI18n();
  const settings = useSettings();
  const stored = settings?.preferences.uiLanguage;
  // The choice shows at once; the stored value (also changed from other pages) wins when it arrives.
  const [current, setCurrent] = useState<UiLanguage | undefined>(stored);
  useEffect(() => setCurrent(stored), [stored]);
  const choose = (value: UiLanguage) => {
    setCurrent(value);
    messenger.sendMessage('setPreferences', { patch: { uiLanguage: value } }).catch(() => setCurrent(stored));
  };
  return (
    <section className="options-section" aria-labelledby="sb-language-title" data-testid="language-section">
      <h2 id="sb-language-title">{t('sb_languageTitle')}</h2>
      <fieldset className="language-choices" disabled={current === undefined}>
        <legend className="muted">{t('sb_languageIntro')}</legend>
        {CHOICES.map(({ value, label }) => (
          <label key={value} className="language-choice">
            <input
              type="radio"
              name="ui-language"
              value={value}
              data-testid={`ui-language-${value}`}
              checked={current === value}
              onChange={() => choose(value)}
            />{' '}
            {/* "English"/"Deutsch" are shown in their own language, so they are found in either UI. */}
            <span lang={value === 'auto' ? undefined : value}>{t(label)}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
