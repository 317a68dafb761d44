import { useI18n } from '../common/i18n';

export function OptionsApp() {
  const { t } = useI18n();
  return (
    <main className="options">
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsIntro')}</p>
    </main>
  );
}
