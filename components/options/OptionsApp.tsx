import { useI18n } from '../common/i18n';
import { DataSection } from './DataSection';
import { LanguageSection } from './LanguageSection';
import { MyProfileSection } from './MyProfileSection';
import { TemplatesSection } from './TemplatesSection';

export function OptionsApp() {
  const { t } = useI18n();
  return (
    <main className="options">
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsIntro')}</p>
      <MyProfileSection />
      <TemplatesSection />
      <LanguageSection />
      <DataSection />
    </main>
  );
}
