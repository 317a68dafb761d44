import { useId } from 'react';
import { openOptions } from '../../utils/ui/open-options';
import { useI18n } from '../common/i18n';
import { CONTACT_STATUSES, type ContactStatus } from '../../utils/schemas/contact';
import type { PopupSummary, SkillCoverage } from '../../utils/network/view-schema';
import { skillLabel, type SkillLabels } from '../../utils/skills/search';
import { Chevron } from './Chevron';
import { useOverviewOpen } from './use-overview-open';
import { JourneyGlance } from './JourneyGlance';
import { IcsExportButton } from '../common/journey/IcsExportButton';
import '../common/journey/journey.css';

interface SummaryProps {
  summary: PopupSummary;
  index: SkillLabels;
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
    <svg className="pp-status-chart" viewBox="0 0 400 10" preserveAspectRatio="none" role="img" aria-label={t('pp_statusChartLabel', label)}>
      {CONTACT_STATUSES.map((status) => {
        const width = (summary.byStatus[status] / total) * 400;
        const rect = width > 0 ? <rect key={status} x={x} y={0} width={width} height={10} fill={statusColor(status)} /> : null;
        x += width;
        return rect;
      })}
    </svg>
  );
}

interface CoverageProps {
  title: string;
  items: SkillCoverage[];
  index: SkillLabels;
  itemLabel: (skill: string, people: number) => string;
  onPick: (skill: string) => void;
}

/** Coverage of my own goals as small bars; a goal nobody covers stands out. Each item filters the list. */
function CoverageBars({ title, items, index, itemLabel, onPick }: CoverageProps) {
  const { lang } = useI18n();
  const headingId = useId();
  if (items.length === 0) return null;
  const max = Math.max(1, ...items.map((i) => i.people));
  return (
    <div className="pp-coverage">
      <h3 id={headingId}>{title}</h3>
      <ul aria-labelledby={headingId}>
        {items.map((item) => {
          const name = skillLabel(index, item.skill, lang);
          return (
            <li key={item.skill}>
              <button
                type="button"
                className={item.people === 0 ? 'pp-coverage-item pp-nobody' : 'pp-coverage-item'}
                data-testid="pp-coverage-item"
                aria-label={itemLabel(name, item.people)}
                onClick={() => onPick(item.skill)}
              >
                <span className="pp-coverage-skill">{name}</span>
                <span className="pp-coverage-bar" aria-hidden="true">
                  <span style={{ width: `${(item.people / max) * 100}%` }} />
                </span>
                <span className="pp-coverage-count" aria-hidden="true">
                  {item.people}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/**
 * The network at a glance, kept short so the list gets the height: a one-line status bar, the counts per
 * status (each filters the list) and which learning goals nobody covers. Opening "Overview" (remembered)
 * adds the follow-up numbers and the coverage per skill.
 */
export function SummaryPanel({ summary, index, activeStatuses, onStatus, onTeachSkill, onLearnSkill }: SummaryProps) {
  const { lang, t } = useI18n();
  const [open, setOpen] = useOverviewOpen();
  const moreId = useId();
  const uncovered = summary.couldTeachMe.filter((c) => c.people === 0).map((c) => skillLabel(index, c.skill, lang));
  const hasGoals = summary.couldTeachMe.length > 0 || summary.couldLearnFromMe.length > 0;
  // Statuses nobody is in say nothing here (the filter panel still offers them); an active filter stays visible.
  const shown = CONTACT_STATUSES.filter((s) => summary.byStatus[s] > 0 || activeStatuses.includes(s));
  return (
    <section className="pp-summary" data-testid="pp-summary" aria-label={t('pp_summary')}>
      <div className="pp-summary-head">
        <button
          type="button"
          className="pp-summary-toggle"
          data-testid="pp-summary-toggle"
          aria-expanded={open}
          aria-controls={moreId}
          onClick={() => setOpen(!open)}
        >
          <Chevron open={open} />
          {t('pp_summary')}
        </button>
        <StatusChart summary={summary} />
      </div>
      <ul className="pp-status-legend" aria-label={t('pp_statusFilter')}>
        {shown.map((status) => (
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
      <p className="pp-ics-all">
        <IcsExportButton label={t('jr_icsExportAll')} />
      </p>
      {uncovered.length > 0 ? (
        <p className="pp-uncovered pp-uncovered-some" data-testid="pp-uncovered">
          {t('pp_uncovered', uncovered.join(', '))}
        </p>
      ) : (
        !hasGoals && (
          <p className="pp-uncovered">
            <button type="button" className="pp-link" onClick={openOptions}>
              {t('pp_noGoals')}
            </button>
          </p>
        )
      )}
      <div id={moreId} className="pp-summary-more" hidden={!open}>
        <p className="pp-due-summary">{t('pp_dueSummary', summary.followUpsDue, summary.stuck)}</p>
        <JourneyGlance summary={summary} />
        {uncovered.length === 0 && summary.couldTeachMe.length > 0 && (
          <p className="pp-uncovered" data-testid="pp-uncovered">
            {t('pp_allCovered')}
          </p>
        )}
        {hasGoals && (
          <div className="pp-coverage-grid">
            <CoverageBars
              title={t('pp_coverageTeach')}
              items={summary.couldTeachMe}
              index={index}
              itemLabel={(name, people) => (people === 0 ? `${name}: ${t('pp_coverageNobody')}` : t('pp_coverageTeachItem', name, people))}
              onPick={onTeachSkill}
            />
            <CoverageBars
              title={t('pp_coverageLearn')}
              items={summary.couldLearnFromMe}
              index={index}
              itemLabel={(name, people) => (people === 0 ? `${name}: ${t('pp_coverageNobody')}` : t('pp_coverageLearnItem', name, people))}
              onPick={onLearnSkill}
            />
          </div>
        )}
      </div>
    </section>
  );
}
