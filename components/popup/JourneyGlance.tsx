import { useI18n } from '../common/i18n';
import type { PopupSummary } from '../../utils/network/view-schema';
import type { ContactStatus } from '../../utils/schemas/contact';

/** The stages a mentoring pair moves through once contact is made (ideas are a wish list, closed is over). */
const JOURNEY_STAGES: readonly ContactStatus[] = ['contacted', 'conversation', 'mentoring', 'paused'];

/** The mentoring journey at a glance: pairs per stage and goals done across all pairs. */
export function JourneyGlance({ summary }: { summary: PopupSummary }) {
  const { t } = useI18n();
  return (
    <div className="jr-glance" data-testid="journey-glance">
      <h3>{t('jr_glanceTitle')}</h3>
      <ul aria-label={t('jr_glanceStages')}>
        {JOURNEY_STAGES.map((stage) => (
          <li key={stage} data-testid="journey-stage" data-stage={stage}>
            {t(`status_${stage}`)} <strong>{summary.byStatus[stage]}</strong>
          </li>
        ))}
      </ul>
      <p data-testid="journey-goals" data-done={summary.goals.done} data-total={summary.goals.total}>
        {t('jr_glanceGoals', summary.goals.done, summary.goals.total)}
      </p>
    </div>
  );
}
