import { useI18n } from '../common/i18n';

/** First-run welcome shown above My profile (the options page opens on #welcome after install). */
export function WelcomeIntro({ onDismiss }: { onDismiss: () => void }) {
  const { t } = useI18n();
  return (
    <section className="mt-welcome" aria-labelledby="mt-welcome-title" data-testid="onboarding">
      <h2 id="mt-welcome-title">{t('mt_welcomeTitle')}</h2>
      <p>{t('mt_welcomeWhat')}</p>
      <p>{t('mt_welcomeStart')}</p>
      <p className="muted">{t('mt_welcomePrivacy')}</p>
      <button type="button" className="primary" data-testid="onboarding-done" onClick={onDismiss}>
        {t('mt_welcomeDone')}
      </button>
    </section>
  );
}
