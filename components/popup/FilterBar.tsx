import { useId, useState, type ReactNode } from 'react';
import { useI18n } from '../common/i18n';
import { CONTACT_STATUSES, type ContactStatus } from '../../utils/schemas/contact';
import type { PairingKind } from '../../utils/matching/types';
import { activeFilterCount, hasActiveFilters } from '../../utils/network/filters';
import { NO_FILTERS, POPUP_SORTS, type PopupFilters, type PopupSort, type PopupSummary, type PopupView } from '../../utils/network/view-schema';
import { skillLabel, type SkillLabels } from '../../utils/skills/search';
import type { MyProfile } from '../../utils/schemas/settings';

const KINDS: readonly PairingKind[] = ['reverse', 'classic', 'peer', 'none'];

/** Adds or removes one value of a multi-select filter. */
export function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

interface FilterBarProps {
  view: PopupView;
  summary: PopupSummary | null;
  me: MyProfile | undefined;
  index: SkillLabels;
  onChange: (view: PopupView) => void;
  /** Shown at the end of the toolbar: how many contacts the list holds. */
  count?: ReactNode;
}

/** Skill choices: my own goals first (what I care about), then what is common in the network. */
function skillOptions(first: readonly string[], common: readonly string[], selected: string | null): string[] {
  const ids = [...new Set([...first, ...common])];
  if (selected && !ids.includes(selected)) ids.unshift(selected);
  return ids;
}

export function FilterBar({ view, summary, me, index, onChange, count }: FilterBarProps) {
  const { lang, t } = useI18n();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const setFilters = (patch: Partial<PopupFilters>) => onChange({ ...view, filters: { ...view.filters, ...patch } });
  const { filters } = view;
  // "Due" has its own button; the filters toggle counts what its panel holds.
  const activeCount = activeFilterCount(filters, ['due']);
  const dueCount = summary ? summary.followUpsDue + summary.stuck : 0;
  const common = summary?.commonSkills ?? [];
  const label = (id: string) => skillLabel(index, id, lang);

  return (
    <div className="pp-filters">
      <div className="pp-toolbar">
        <label className="pp-sort">
          <span className="visually-hidden">{t('pp_sortLabel')}</span>
          <select
            data-testid="pp-sort"
            aria-label={t('pp_sortLabel')}
            value={view.sort}
            onChange={(e) => onChange({ ...view, sort: e.target.value as PopupSort })}
          >
            {POPUP_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`pp_sort_${sort}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="pp-toggle"
          data-testid="pp-due-filter"
          aria-pressed={filters.due}
          onClick={() => setFilters({ due: !filters.due })}
        >
          {t('pp_dueFilter', dueCount)}
        </button>
        <button
          type="button"
          className="pp-toggle"
          data-testid="pp-filters-toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          {activeCount > 0 ? t('pp_filtersActive', activeCount) : t('pp_filters')}
        </button>
        {(hasActiveFilters(filters) || view.query !== '') && (
          <button
            type="button"
            className="pp-clear"
            data-testid="pp-clear"
            onClick={() => onChange({ ...view, query: '', filters: NO_FILTERS })}
          >
            {t('pp_clear')}
          </button>
        )}
        {count}
      </div>
      <div id={panelId} className="pp-filter-panel" hidden={!open}>
        <fieldset>
          <legend>{t('pp_statusFilter')}</legend>
          {CONTACT_STATUSES.map((status: ContactStatus) => (
            <button
              key={status}
              type="button"
              className="pp-chip-toggle"
              data-testid={`pp-status-filter-${status}`}
              aria-pressed={filters.statuses.includes(status)}
              onClick={() => setFilters({ statuses: toggled(filters.statuses, status) })}
            >
              {t(`status_${status}`)}
            </button>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('pp_kindFilter')}</legend>
          {KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              className="pp-chip-toggle"
              data-testid={`pp-kind-filter-${kind}`}
              aria-pressed={filters.kinds.includes(kind)}
              onClick={() => setFilters({ kinds: toggled(filters.kinds, kind) })}
            >
              {t(`pp_kind_${kind}`)}
            </button>
          ))}
        </fieldset>
        <div className="pp-skill-filters">
          <label>
            {t('pp_skillTeach')}
            <select
              data-testid="pp-teach-skill-filter"
              value={filters.teachSkill ?? ''}
              onChange={(e) => setFilters({ teachSkill: e.target.value || null })}
            >
              <option value="">{t('pp_skillAny')}</option>
              {skillOptions(me?.learnSkills ?? [], common, filters.teachSkill).map((id) => (
                <option key={id} value={id}>
                  {label(id)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('pp_skillLearn')}
            <select
              data-testid="pp-learn-skill-filter"
              value={filters.learnSkill ?? ''}
              onChange={(e) => setFilters({ learnSkill: e.target.value || null })}
            >
              <option value="">{t('pp_skillAny')}</option>
              {skillOptions(me?.teachSkills ?? [], common, filters.learnSkill).map((id) => (
                <option key={id} value={id}>
                  {label(id)}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
    </div>
  );
}
