import { useI18n } from '../common/i18n';
import { CONTACT_STATUSES, type ContactStatus } from '../../utils/schemas/contact';
import type { PopupSummary, SkillCoverage } from '../../utils/popup/view-schema';
import { skillLabel, type SkillIndex } from '../../utils/skills/search';

interface SummaryProps {
  summary: PopupSummary;
  index: SkillIndex;
  activeStatuses: readonly ContactStatus[];
  onStatus: (status: ContactStatus) => void;
  onTeachSkill: (skill: string) => void;
  onLearnSkill: (skill: string) => void;
}

/** Status colours, shared by the chart and the status chips (popup.css uses the same variables). */
export const statusColor = (status: ContactStatus) => `var(--pp-status-${status})`;

/** People per status as one stacked bar: the shape of the network is seen before anything is read. */
function StatusChart({ summary }: { summary: PopupSummary }) {
  const { t } = useI18n();
  const total = Math.max(1, summary.total);
  let x = 0;
  const label = CONTACT_STATUSES.map((s) => `${t(`status_${s}`)} ${summary.byStatus[s]}`).join(', ');
  return (
    <svg className="pp-status-chart" viewBox="0 0 400 12" preserveAspectRatio="none" role="img" aria-label={t('pp_statusChartLabel', label)}>
      {CONTACT_STATUSES.map((status) => {
        const width = (summary.byStatus[status] / total) * 400;
        const rect = width > 0 ? <rect key={status} x={x} y={0} width={width} height={12} fill={statusColor(status)} /> : null;
        x += width;
        return rect;
      })}
    </svg>
  );
}

/** Coverage of my own goals as small bars; a goal nobody covers stands out. Each bar filters the list. */
function CoverageBars({ title, items, index, onPick }: { title: string; items: SkillCoverage[]; index: SkillIndex; onPick: (skill: string) => void }) {
  const { lang, t } = useI18n();
  if (items.length === 0) return null;
  const max = Math.max(1, ...items.map((i) => i.people));
  return (
    <div className="pp-coverage">
      <h3>{title}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.skill}>
            <button type="button" className="pp-coverage-item" data-testid="pp-coverage-item" onClick={() => onPick(item.skill)}>
              <span className="pp-coverage-skill">{skillLabel(index, item.skill, lang)}</span>
              <span className="pp-coverage-bar" aria-hidden="true">
                <span style={{ width: `${(item.people / max) * 100}%` }} />
              </span>
              <span className={item.people === 0 ? 'pp-coverage-count pp-nobody' : 'pp-coverage-count'}>
                {item.people === 0 ? t('pp_coverageNobody') : item.people}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function SummaryPanel({ summary, index, activeStatuses, onStatus, onTeachSkill, onLearnSkill }: SummaryProps) {
  const { lang, t } = useI18n();
  const uncovered = summary.couldTeachMe.filter((c) => c.people === 0).map((c) => skillLabel(index, c.skill, lang));
  const hasGoals = summary.couldTeachMe.length > 0 || summary.couldLearnFromMe.length > 0;
  return (
    <details className="pp-summary" open data-testid="pp-summary">
      <summary>
        {t('pp_summary')} <span className="muted">· {t('pp_dueSummary', summary.followUpsDue, summary.stuck)}</span>
      </summary>
      <StatusChart summary={summary} />
      <ul className="pp-status-legend" aria-label={t('pp_statusFilter')}>
        {CONTACT_STATUSES.map((status) => (
          <li key={status}>
            <button
              type="button"
              aria-pressed={activeStatuses.includes(status)}
              data-testid={`pp-status-count-${status}`}
              onClick={() => onStatus(status)}
            >
              <span className="pp-dot" style={{ background: statusColor(status) }} aria-hidden="true" />
              {t(`status_${status}`)} <strong>{summary.byStatus[status]}</strong>
            </button>
          </li>
        ))}
      </ul>
      {hasGoals ? (
        <>
          <div className="pp-coverage-grid">
            <CoverageBars title={t('pp_coverageTeach')} items={summary.couldTeachMe} index={index} onPick={onTeachSkill} />
            <CoverageBars title={t('pp_coverageLearn')} items={summary.couldLearnFromMe} index={index} onPick={onLearnSkill} />
          </div>
          <p className="pp-uncovered" data-testid="pp-uncovered">
            {uncovered.length > 0 ? t('pp_uncovered', uncovered.join(', ')) : summary.couldTeachMe.length > 0 ? t('pp_allCovered') : ''}
          </p>
        </>
      ) : (
        <p className="muted pp-uncovered">{t('pp_noGoals')}</p>
      )}
    </details>
  );
}
