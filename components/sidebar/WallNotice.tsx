import { useI18n } from '../common/i18n';

/** A sign-in / sign-up wall stands where the profile should be: no person to show or save. */
export function WallNotice({ wall }: { wall: 'join' | 'signin' }) {
  const { t } = useI18n();
  return (
    <section className="card" data-testid="wall-notice" data-wall={wall}>
      <h1 className="profile-name placeholder" data-testid="profile-name">
        {t('wallTitle')}
      </h1>
      <p>{t('wallNeedsLogin')}</p>
    </section>
  );
}
