import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { openOptions } from '../../utils/ui/open-options';
import { useI18n } from '../common/i18n';
import { useSettings } from '../common/use-settings';
import { useSkillLabels } from '../common/use-skill-labels';
import type { ContactStatus } from '../../utils/schemas/contact';
import type { PopupView } from '../../utils/network/view-schema';
import { ContactList } from './ContactList';
import { FilterBar, toggled } from './FilterBar';
import { SummaryPanel } from './SummaryPanel';
import { useNetworkQuery } from './use-network-query';

/**
 * Performance marks for the benchmark (e2e/bench/popup.mjs): when the first rows, and each later result
 * set, are in the DOM. A mark costs microseconds and sends nothing anywhere.
 */
function useResultMarks(resultVersion: number, rowCount: number, total: number, query: string | undefined) {
  const marked = useRef(-1);
  useLayoutEffect(() => {
    if (query === undefined || marked.current === resultVersion) return;
    if (rowCount === 0 && total > 0) return;
    if (marked.current === -1 && rowCount > 0) performance.mark('mentor-radar:popup-first-rows');
    marked.current = resultVersion;
    performance.mark('mentor-radar:popup-results', { detail: { query, total } });
  }, [resultVersion, rowCount, total, query]);
}

/** A small radar: decoration only. */
function RadarArt() {
  return (
    <svg className="pp-empty-art" viewBox="0 0 64 64" width="56" height="56" aria-hidden="true" focusable="false">
      <circle cx="32" cy="32" r="29" fill="none" stroke="currentColor" strokeOpacity=".25" strokeWidth="2" />
      <circle cx="32" cy="32" r="18" fill="none" stroke="currentColor" strokeOpacity=".35" strokeWidth="2" />
      <circle cx="32" cy="32" r="7" fill="none" stroke="currentColor" strokeOpacity=".5" strokeWidth="2" />
      <path d="M32 32 L55 17" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
      <circle cx="46" cy="14" r="3.5" fill="currentColor" />
      <circle cx="17" cy="42" r="3" fill="currentColor" fillOpacity=".6" />
    </svg>
  );
}

function EmptyNetwork() {
  const { t } = useI18n();
  return (
    <section className="empty" data-testid="popup-empty">
      <RadarArt />
      <h2>{t('pp_emptyTitle')}</h2>
      <ol className="pp-empty-steps">
        <li>{t('pp_emptyStep1')}</li>
        <li>{t('pp_emptyStep2')}</li>
      </ol>
    </section>
  );
}

export function PopupApp() {
  const { lang, t } = useI18n();
  const number = (n: number) => n.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB');
  const settings = useSettings();
  const index = useSkillLabels();
  const network = useNetworkQuery();
  const [expanded, setExpanded] = useState<string | null>(null);
  const { view, summary, setView } = network;
  useResultMarks(network.resultVersion, network.rows.size, network.total, view?.query);

  const onToggle = useCallback((key: string) => setExpanded((current) => (current === key ? null : key)), []);
  const change = (next: PopupView) => setView(next);
  const filterStatus = (status: ContactStatus) =>
    view && change({ ...view, filters: { ...view.filters, statuses: toggled(view.filters.statuses, status) } });
  const filterSkill = (field: 'teachSkill' | 'learnSkill') => (skill: string) =>
    view && change({ ...view, filters: { ...view.filters, [field]: view.filters[field] === skill ? null : skill } });

  return (
    <div className="popup">
      <header className="popup-bar">
        <h1>{t('popupTitle')}</h1>
        <button
          type="button"
          data-testid="open-radar"
          onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/radar.html'), active: true })}
        >
          {t('rd_open')}
        </button>
        <button type="button" onClick={openOptions}>
          {t('openOptions')}
        </button>
      </header>
      {view === null || summary === null ? (
        <p className="muted">{t('loading')}</p>
      ) : summary.total === 0 ? (
        <EmptyNetwork />
      ) : (
        <>
          <input
            type="search"
            className="search"
            data-testid="contact-search"
            aria-label={t('searchContacts')}
            placeholder={t('pp_searchPlaceholder')}
            value={view.query}
            maxLength={200}
            onChange={(e) => change({ ...view, query: e.target.value })}
          />
          <FilterBar
            view={view}
            summary={summary}
            me={settings?.myProfile}
            index={index}
            onChange={change}
            count={
              <p className="muted pp-count" data-testid="pp-result-count" aria-live="polite">
                {network.total < summary.total
                  ? t('pp_resultCount', number(network.total), number(summary.total))
                  : summary.total === 1
                    ? t('pp_resultCountOne')
                    : t('pp_resultCountAll', number(summary.total))}
              </p>
            }
          />
          <SummaryPanel
            summary={summary}
            index={index}
            activeStatuses={view.filters.statuses}
            onStatus={filterStatus}
            onTeachSkill={filterSkill('teachSkill')}
            onLearnSkill={filterSkill('learnSkill')}
          />
          {network.total === 0 ? (
            <p className="pp-no-results" data-testid="pp-no-results">
              {t('pp_noResults')}
            </p>
          ) : (
            <ContactList
              rows={network.rows}
              total={network.total}
              resultVersion={network.resultVersion}
              index={index}
              expanded={expanded}
              onToggle={onToggle}
              ensureRange={network.ensureRange}
            />
          )}
        </>
      )}
    </div>
  );
}
