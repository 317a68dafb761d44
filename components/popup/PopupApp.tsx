import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { useI18n } from '../common/i18n';
import { useSettings } from '../common/use-settings';
import { useSkillIndex } from '../common/use-skill-index';
import type { ContactStatus } from '../../utils/schemas/contact';
import type { PopupView } from '../../utils/popup/view-schema';
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

function EmptyNetwork() {
  const { t } = useI18n();
  return (
    <section className="empty" data-testid="popup-empty">
      <h2>{t('pp_emptyTitle')}</h2>
      <ol className="pp-empty-steps">
        <li>{t('pp_emptyStep1')}</li>
        <li>{t('pp_emptyStep2')}</li>
      </ol>
    </section>
  );
}

export function PopupApp() {
  const { t } = useI18n();
  const settings = useSettings();
  const index = useSkillIndex();
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
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
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
          <FilterBar view={view} summary={summary} me={settings?.myProfile} index={index} onChange={change} />
          <SummaryPanel
            summary={summary}
            index={index}
            activeStatuses={view.filters.statuses}
            onStatus={filterStatus}
            onTeachSkill={filterSkill('teachSkill')}
            onLearnSkill={filterSkill('learnSkill')}
          />
          <p className="muted pp-count" data-testid="pp-result-count" aria-live="polite">
            {t('pp_resultCount', network.total, summary.total)}
          </p>
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
