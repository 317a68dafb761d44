import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import { browser } from 'wxt/browser';
import { useI18n } from '../common/i18n';
import type { PopupRow } from '../../utils/popup/view-schema';
import { skillLabel, type SkillIndex } from '../../utils/skills/search';
import { RowDetails } from './RowDetails';
import { statusColor } from './SummaryPanel';

interface ContactRowProps {
  row: PopupRow;
  index: SkillIndex;
  expanded: boolean;
  onToggle: (key: string) => void;
}

function formatDay(ms: number, lang: 'en' | 'de'): string {
  return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { day: 'numeric', month: 'short' }).format(new Date(ms));
}

/** Opens the profile in a new tab (the popup itself may close then, as popups do). */
export function openProfile(url: string): void {
  void browser.tabs.create({ url, active: true });
}

/**
 * One person: name, role/company, match kind and score, top skills each way, status and what is due.
 * The main part opens the profile; the arrow button (or → / ← on the keyboard) shows details.
 */
export const ContactRow = memo(function ContactRow({ row, index, expanded, onToggle }: ContactRowProps) {
  const { lang, t } = useI18n();
  const detailsId = `pp-details-${row.key}`;
  const labels = (ids: string[]) => ids.map((id) => skillLabel(index, id, lang)).join(', ');
  const open = (e: MouseEvent) => {
    e.preventDefault();
    openProfile(row.url);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowRight' && !expanded) onToggle(row.key);
    else if (e.key === 'ArrowLeft' && expanded) onToggle(row.key);
    else return;
    e.preventDefault();
  };
  return (
    <div className={`pp-row${expanded ? ' pp-row-expanded' : ''}`} data-testid="contact-row" data-key={row.key}>
      <div className="pp-row-main">
        <a
          href={row.url}
          className="pp-row-open"
          data-testid="pp-row-open"
          data-row-focus=""
          aria-label={t('pp_openProfile', row.name)}
          onClick={open}
          onKeyDown={onKeyDown}
        >
          <span className="pp-row-line1">
            <strong className="pp-row-name">{row.name}</strong>
            <span className={`pp-kind pp-kind-${row.kind}`}>{t(`pp_kind_${row.kind}`)}</span>
            <span className="pp-score" title={t('pp_score', row.score)}>
              {row.score}
            </span>
          </span>
          {row.subtitle && <span className="pp-row-subtitle muted">{row.subtitle}</span>}
          <span className="pp-row-skills">
            {row.theyTeachMe.length > 0 && (
              <span className="pp-skills-teach" title={t('pp_theyTeach')}>
                <span aria-hidden="true">↓ </span>
                <span className="visually-hidden">{t('pp_theyTeach')}: </span>
                {labels(row.theyTeachMe)}
              </span>
            )}
            {row.iTeachThem.length > 0 && (
              <span className="pp-skills-learn" title={t('pp_iTeach')}>
                <span aria-hidden="true">↑ </span>
                <span className="visually-hidden">{t('pp_iTeach')}: </span>
                {labels(row.iTeachThem)}
              </span>
            )}
          </span>
          <span className="pp-row-meta">
            <span className="pp-status" data-testid="pp-row-status-label">
              <span className="pp-dot" style={{ background: statusColor(row.status) }} aria-hidden="true" />
              {t(`status_${row.status}`)}
            </span>
            {row.due && (
              <span className={`pp-due pp-due-${row.due}`} data-testid="pp-due-marker">
                {row.due === 'follow-up' ? t('pp_dueFollowUp') : t('pp_dueStuck')}
              </span>
            )}
            {row.followUpAt !== null && row.due !== 'follow-up' && (
              <span className="muted">{t('pp_followUpOn', formatDay(row.followUpAt, lang))}</span>
            )}
          </span>
        </a>
        <button
          type="button"
          className="pp-row-toggle"
          data-testid="pp-row-expand"
          aria-expanded={expanded}
          aria-controls={expanded ? detailsId : undefined}
          aria-label={expanded ? t('pp_collapse', row.name) : t('pp_expand', row.name)}
          onClick={() => onToggle(row.key)}
        >
          <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
        </button>
      </div>
      {expanded && <RowDetails row={row} id={detailsId} />}
    </div>
  );
});
