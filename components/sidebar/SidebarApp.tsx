import { lazy, Suspense, useEffect } from 'react';
import { useI18n } from '../common/i18n';
import { useContact } from '../common/use-contact';
import { ProfileCard } from './ProfileCard';
import { SaveContact } from './SaveContact';
import { WallNotice } from './WallNotice';
// Small, and on list pages the first thing shown: not a lazy chunk.
import { PagePeople } from './PagePeople';
import { useCollapsed } from './use-collapsed';
import { useTabProfile } from './use-tab-profile';

// Below the person's name: loaded after it, so the first paint needs neither the skill catalogue nor
// matching nor the outreach templates.
const MatchSection = lazy(() => import('./MatchSection').then((m) => ({ default: m.MatchSection })));
const ContactPanel = lazy(() => import('./ContactPanel').then((m) => ({ default: m.ContactPanel })));
const JourneyPanel = lazy(() => import('./journey/JourneyPanel').then((m) => ({ default: m.JourneyPanel })));

export function SidebarApp() {
  const { t } = useI18n();
  const [collapsed, setCollapsed] = useCollapsed();
  const tabState = useTabProfile();
  const unclaimed = tabState === 'unclaimed';
  const state = unclaimed ? undefined : tabState;
  const key = state?.status === 'ready' ? state.profile.key : state?.status === 'loading' ? state.key : null;
  const contact = useContact(state?.status === 'ready' ? key : null);
  const shownKey = state?.status === 'ready' && !collapsed ? state.profile.key : null;
  useEffect(() => {
    // Read by `npm run bench` to time "page ready → person shown" without polling.
    if (shownKey) performance.mark('mentor-radar:profile-shown', { detail: { key: shownKey } });
  }, [shownKey]);

  if (collapsed) {
    return (
      <button type="button" className="collapsed-tab" data-testid="sidebar-expand" onClick={() => setCollapsed(false)}>
        <span aria-hidden="true">◎</span>
        <span className="collapsed-label">{t('expand')}</span>
      </button>
    );
  }

  return (
    <div className="sidebar" data-testid="sidebar" data-state={unclaimed ? 'unclaimed' : (state?.status ?? 'starting')}>
      <header className="bar">
        <span className="brand">◎ Mentor Radar</span>
        <button
          type="button"
          className="icon"
          data-testid="sidebar-collapse"
          aria-label={t('collapse')}
          title={t('collapse')}
          onClick={() => setCollapsed(true)}
        >
          ⟩
        </button>
      </header>
      <main className="content" aria-live="polite">
        {state?.status === 'ready' ? (
          <>
            {state.details && (
              <p className="muted small" data-testid="details-merged" data-section={state.details}>
                {t('detailsMerged')}
              </p>
            )}
            <ProfileCard profile={state.profile} />
            <SaveContact profile={state.profile} contact={contact} />
            {contact !== undefined && (
              <Suspense fallback={null}>
                <MatchSection profile={state.profile} contact={contact} />
                <JourneyPanel key={`journey:${state.profile.key}`} profile={state.profile} contact={contact} />
                {/* Keyed by person: an in-app switch to someone else starts with fresh fields and draft. */}
                <ContactPanel key={state.profile.key} profile={state.profile} contact={contact} />
              </Suspense>
            )}
            {state.people && state.people.length > 0 && (
              <Suspense fallback={null}>
                <PagePeople people={state.people} ranked={state.ranked} />
              </Suspense>
            )}
          </>
        ) : state?.status === 'wall' ? (
          <WallNotice wall={state.wall} />
        ) : state?.status === 'list' ? (
          <Suspense fallback={null}>
            <PagePeople people={state.people} ranked={state.ranked} />
          </Suspense>
        ) : unclaimed ? (
          <p className="muted" data-testid="sidebar-unclaimed">
            {t('sidebarUnclaimed')}
          </p>
        ) : state?.status === 'none' ? (
          <p className="muted">{t('notAProfile')}</p>
        ) : (
          <section className="card" aria-busy="true">
            <h1 className="profile-name placeholder" data-testid="profile-name">
              {t('readingProfile')}
            </h1>
          </section>
        )}
      </main>
    </div>
  );
}
