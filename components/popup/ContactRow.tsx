import { isSafeSiteUrl } from '../../utils/schemas/profile-url';
import { lazy, memo, Suspense, type KeyboardEvent, type MouseEvent } from 'react';
import { browser } from 'wxt/browser';
import { useI18n } from '../common/i18n';
import type { PopupRow } from '../../utils/network/view-schema';
import { skillLabel, type SkillLabels } from '../../utils/skills/search';
import { Chevron } from './Chevron';

// Details (timeline, journey, session kit) load when a row is first opened: the first list needs none of them.
const RowDetails = lazy(() => import('./RowDetails').then((m) => ({ default: m.RowDetails })));
import { fitSkillLine, measureText, skillText, type FittedSkills } from './skill-line';
import { statusColor } from './SummaryPanel';

/** Room between the two sides of the skill line (popup.css .pp-row-skills gap). */
const SKILL_SIDE_GAP = 12;

interface ContactRowProps {
  row: PopupRow;
  index: SkillLabels;
  expanded: boolean;
  onToggle: (key: string) => void;
  /** Width in px of the skill line, so it can be cut at whole skills. */
  skillsWidth: number;
}

// One formatter per language: creating one costs more than rendering the whole row.
const dayFormats = new Map<'en' | 'de', Intl.DateTimeFormat>();

function formatDay(ms: number, lang: 'en' | 'de'): string {
  let format = dayFormats.get(lang);
  if (!format) dayFormats.set(lang, (format = new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { day: 'numeric', month: 'short' })));
  return format.format(new Date(ms));
}

/** Opens the profile in a new tab (the popup itself may close then, as popups do). */
export function openProfile(url: string): void {
  // Rows carry only checked https LinkedIn/XING addresses; check again at the point of use.
  if (isSafeSiteUrl(url)) void browser.tabs.create({ url, active: true });
}

/**
 * "↓ Generative AI, TikTok Marketing +1   ↑ Corporate Strategy +2": what they could teach me and what I could
 * teach them, cut at whole skills (the full lists are in the tooltip).
 */
function SkillLine({ teach, learn, width }: { teach: string[]; learn: string[]; width: number }) {
  const { t } = useI18n();
  if (teach.length === 0 && learn.length === 0) return null;
  // 2 px spare: canvas and layout round text widths differently.
  const fitted = fitSkillLine(teach, learn, width - 2, SKILL_SIDE_GAP, measureText('↓ '), measureText);
  const side = (labels: string[], fit: FittedSkills, room: number, className: string, label: string, symbol: string) =>
    labels.length === 0 ? null : (
      <span className={className} title={`${label}: ${labels.join(', ')}`} style={{ maxWidth: Math.floor(room) + 2 }}>
        <span aria-hidden="true">{symbol} </span>
        <span className="visually-hidden">{label}: </span>
        {skillText(fit.shown, fit.more)}
      </span>
    );
  return (
    <span className="pp-row-skills">
      {side(teach, fitted.first, fitted.firstWidth, 'pp-skills-teach', t('pp_theyTeach'), '↓')}
      {side(learn, fitted.second, fitted.secondWidth, 'pp-skills-learn', t('pp_iTeach'), '↑')}
    </span>
  );
}

/**
 * One person: name, role/company, match kind and score, top skills each way, status and what is due.
 * The main part opens the profile; the arrow button before the name (or → / ← on the keyboard) shows details.
 */
export const ContactRow = memo(function ContactRow({ row, index, expanded, onToggle, skillsWidth }: ContactRowProps) {
  const { lang, t } = useI18n();
  const detailsId = `pp-details-${row.key}`;
  const labels = (ids: string[]) => ids.map((id) => skillLabel(index, id, lang));
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
    <div className={`pp-row${expanded ? ' pp-row-expanded' : ''}`} data-testid="contact-row" data-key={row.key} data-kind={row.kind} data-score={row.score}>
      <div className="pp-row-main">
        <button
          type="button"
          className="pp-row-toggle"
          data-testid="pp-row-expand"
          aria-expanded={expanded}
          aria-controls={expanded ? detailsId : undefined}
          aria-label={expanded ? t('pp_collapse', row.name) : t('pp_expand', row.name)}
          onClick={() => onToggle(row.key)}
        >
          <Chevron open={expanded} />
        </button>
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
          {row.estimatedFrom && (
            <span className="pp-row-estimate muted" data-testid="pp-row-estimate">
              {t('careerEstimatedFromTitle', row.estimatedFrom)}
            </span>
          )}
          <SkillLine teach={labels(row.theyTeachMe)} learn={labels(row.iTeachThem)} width={skillsWidth} />
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
      </div>
      {expanded && (
        <Suspense fallback={<div id={detailsId} className="pp-details muted" aria-busy="true">{t('loading')}</div>}>
          <RowDetails row={row} id={detailsId} />
        </Suspense>
      )}
    </div>
  );
});
