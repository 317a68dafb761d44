import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { useI18n } from '../common/i18n';
import { useSettings } from '../common/use-settings';
import { subscribe } from '../../utils/messaging/broadcasts';
import { messenger } from '../../utils/messaging/messenger';
import type { RadarPerson, RadarSkill, RadarView } from '../../utils/radar/radar-schema';
import { isSafeSiteUrl } from '../../utils/schemas/profile-url';
import { IntroductionsSection } from './IntroductionsSection';

/** People listed per skill and pairs; the popup's list has everyone. */
const PER_SKILL = 8;

function PersonRow({ person }: { person: RadarPerson }) {
  const open = (e: React.MouseEvent) => {
    e.preventDefault();
    if (isSafeSiteUrl(person.url)) void browser.tabs.create({ url: person.url, active: true });
  };
  return (
    <li className="rd-person" data-testid="radar-person" data-key={person.key} data-kind={person.kind} data-score={person.score}>
      <a href={person.url} onClick={open}>
        <strong>{person.name}</strong>
      </a>
      <span className={`rd-kind rd-kind-${person.kind}`}>{person.score}</span>
      {person.subtitle && <span className="muted rd-subtitle">{person.subtitle}</span>}
      <span className="rd-reason" data-testid="radar-reason">
        {person.reason}
      </span>
    </li>
  );
}

function SkillSection({ item, testid }: { item: RadarSkill; testid: string }) {
  const { t } = useI18n();
  return (
    <section className="rd-skill" data-testid={testid} data-skill={item.skill} data-covered={item.total > 0}>
      <h3>
        {item.label} <span className="muted">· {t('rd_people', item.total)}</span>
      </h3>
      {item.people.length === 0 ? (
        <p className="muted" data-testid="radar-nobody">
          {t('rd_nobody')}
        </p>
      ) : (
        <ol className="rd-people">
          {item.people.map((p) => (
            <PersonRow key={p.key} person={p} />
          ))}
        </ol>
      )}
      {item.total > item.people.length && <p className="muted">{t('rd_more', item.total - item.people.length)}</p>}
    </section>
  );
}

/** The radar fetched from the background, again whenever contacts or settings change. */
function useRadar(lang: 'en' | 'de'): { view: RadarView | null; error: string | null } {
  const [view, setView] = useState<RadarView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      messenger
        .sendMessage('getRadar', { lang, perSkill: PER_SKILL })
        .then((v) => {
          if (!live) return;
          setView(v);
          setError(null);
        })
        .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    void load();
    const offContacts = subscribe('contactsChanged', () => void load());
    const offSettings = subscribe('settingsChanged', () => void load());
    return () => {
      live = false;
      offContacts();
      offSettings();
    };
  }, [lang]);
  return { view, error };
}

/** Full-page network radar, opened from the popup (the popup is too small for it). */
export function RadarApp() {
  const { lang, t } = useI18n();
  const settings = useSettings();
  const { view, error } = useRadar(lang);
  const me = settings?.myProfile;
  // After React committed the lists: what `npm run bench` times as the radar's first render.
  useEffect(() => {
    if (view) performance.mark('mentor-radar:radar-rendered');
  }, [view]);
  return (
    <main className="radar-page" data-testid="radar-page" data-ready={view !== null}>
      <h1>{t('rd_title')}</h1>
      <p className="muted">{t('rd_intro')}</p>
      {error && <p role="alert">{t('rd_failed', error)}</p>}
      {view === null ? (
        !error && <p className="muted">{t('rd_loading')}</p>
      ) : me && me.learnSkills.length === 0 && me.teachSkills.length === 0 ? (
        <p data-testid="radar-no-goals">{t('rd_noGoals')}</p>
      ) : (
        <div className="rd-columns">
          <section className="rd-column" data-testid="radar-goals">
            <h2>{t('rd_goals')}</h2>
            {view.goals.map((g) => (
              <SkillSection key={g.skill} item={g} testid="radar-goal" />
            ))}
          </section>
          <section className="rd-column" data-testid="radar-teach">
            <h2>{t('rd_teach')}</h2>
            {view.teach.map((g) => (
              <SkillSection key={g.skill} item={g} testid="radar-teach-skill" />
            ))}
          </section>
          <section className="rd-column" data-testid="radar-pairs">
            <h2>{t('rd_pairs')}</h2>
            {view.pairs.length === 0 ? (
              <p className="muted">{t('rd_nobody')}</p>
            ) : (
              <ol className="rd-people">
                {view.pairs.map((p) => (
                  <PersonRow key={p.key} person={p} />
                ))}
              </ol>
            )}
          </section>
        </div>
      )}
      <IntroductionsSection />
    </main>
  );
}
