import { useI18n } from '../common/i18n';
import { titleCareerEstimate } from '../../utils/matching/match-input';
import type { Profile } from '../../utils/schemas/profile';

/**
 * "Career since 2025 (estimated from the title 'Werkstudentin')" when the page shows no dated experience:
 * the same estimate the match uses. Loaded lazily: the title reader brings the skill catalogue with it.
 */
export function TitleCareerEstimate({ profile }: { profile: Pick<Profile, 'currentRole' | 'headline'> }) {
  const { t } = useI18n();
  const estimate = titleCareerEstimate(profile.currentRole, profile.headline, new Date());
  return <>{estimate ? `${t('careerSince', estimate.year)} (${t('careerSourceTitle', estimate.word)})` : t('careerUnknown')}</>;
}
