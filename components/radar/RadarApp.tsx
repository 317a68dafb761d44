import { useEffect } from 'react';
import { useI18n } from '../common/i18n';
import { useSettings } from '../common/use-settings';
import type { RadarSkill } from '../../utils/radar/radar-schema';
import { IntroductionsSection } from './IntroductionsSection';
import { PeopleList } from './PeopleList';
import { useRadar } from './use-radar';

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
        <PeopleList people={item.people} />
      )}
      {item.total > item.people.length && <p className="muted">{t('rd_more', item.total - item.people.length)}</p>}
    </section>
  );
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
              <PeopleList people={view.pairs} />
            )}
          </section>
        </div>
      )}
      <IntroductionsSection start={view !== null || error !== null} />
    </main>
  );
}
