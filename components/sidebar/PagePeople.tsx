import { useEffect, useState } from 'react';
import { useI18n } from '../common/i18n';
import { messenger } from '../../utils/messaging/messenger';
import { publishLocally, subscribe } from '../../utils/messaging/broadcasts';
import type { ListedPerson, PagePerson } from '../../utils/messaging/protocol';

/**
 * "People on this page": the people a list page (or a profile's aside) shows, scored by the background's one
 * matching path, best first. Lives only in this iframe: nothing is added to the site's own page, so the site never
 * learns whom the user saved or how they rate them. One click opens a person, one click saves them.
 *
 * `ranked` is what the background ranked when the page was reported (it comes with the tab's state), shown at
 * once. The list is asked for again after mounting (a person saved elsewhere, or my profile changed, since the
 * page was reported) and whenever a listed person or my profile changes.
 */
export function PagePeople({ people, ranked: initial }: { people: readonly ListedPerson[]; ranked?: readonly PagePerson[] }) {
  const { t } = useI18n();
  const [ranked, setRanked] = useState<readonly PagePerson[] | null>(initial ?? null);
  const [error, setError] = useState<string | null>(null);
  const keys = people.map((p) => p.key);
  const signature = JSON.stringify(people);

  useEffect(() => {
    // A newer ranking from the background (the same people re-ranked, or the first one arriving after mount).
    if (initial) setRanked(initial);
  }, [initial]);

  useEffect(() => {
    let active = true;
    const load = () =>
      messenger
        .sendMessage('rankPagePeople', { people: [...people] })
        .then((r) => active && setRanked(r))
        .catch((e: unknown) => active && setError(e instanceof Error ? e.message : String(e)));
    void load();
    // Saving someone here or elsewhere changes their saved state (and may change their match).
    const stopContacts = subscribe('contactsChanged', ({ keys: changed }) => {
      if (changed.some((k) => keys.includes(k))) void load();
    });
    const stopSettings = subscribe('settingsChanged', () => void load());
    return () => {
      active = false;
      stopContacts();
      stopSettings();
    };
    // The people's JSON stands for `people`: a new array with the same people (a re-read page) is no change.
  }, [signature]);

  useEffect(() => {
    // Read by `npm run bench` to time "list page ready → people listed" without polling.
    if (ranked?.length) performance.mark('mentor-radar:people-shown', { detail: { count: ranked.length } });
  }, [ranked]);

  const save = async (person: PagePerson) => {
    try {
      await messenger.sendMessage('savePagePerson', { person: strip(person) });
      publishLocally('contactsChanged', { keys: [person.key] });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section className="card" aria-labelledby="sb-people-title" data-testid="page-people">
      <h2 id="sb-people-title">{t('pp_onThisPage')}</h2>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {people.length === 0 ? (
        <p className="muted">{t('pp_onThisPageNone')}</p>
      ) : ranked === null ? (
        <p className="muted" aria-busy="true">
          {t('pp_onThisPageLoading')}
        </p>
      ) : (
        <ol className="page-people">
          {ranked.map((p) => (
            <li key={p.key} data-testid="page-person" data-key={p.key} data-kind={p.kind} data-score={p.score} data-saved={p.saved}>
              <a href={p.url} target="_top" rel="noopener noreferrer" data-testid="page-person-open" className="page-person-name">
                {p.name}
              </a>
              {p.headline && <span className="muted small page-person-headline">{p.headline}</span>}
              <span className="page-person-meta">
                <span className={`badge kind-${p.kind}`}>{t(`pp_kind_${p.kind}`)}</span> <span className="score">{p.score}</span>{' '}
                {p.saved ? (
                  <span className="badge" data-testid="page-person-saved">
                    ✓ {t('saved')}
                  </span>
                ) : (
                  <button type="button" className="link" data-testid="page-person-save" onClick={() => void save(p)}>
                    {t('saveContact')}
                  </button>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

const strip = ({ platform, key, url, name, headline, location }: PagePerson): ListedPerson => ({ platform, key, url, name, headline, location });
