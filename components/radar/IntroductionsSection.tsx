import { lazy, Suspense, useEffect, useState } from 'react';
import { useI18n } from '../common/i18n';
import { messenger } from '../../utils/messaging/messenger';
import type { IntroductionView } from '../../utils/radar/radar-schema';

/** Not part of the radar's first render (see IntroductionCard.tsx). */
const IntroductionCard = lazy(() => import('./IntroductionCard'));

const BEST = 5;

/**
 * Tandems among my own contacts, computed in the background in chunks (utils/radar/introductions.ts).
 * Asked for once `start` is true: the page passes it after its lists are shown, so that a quick answer (the
 * background keeps the last run) is not rendered ahead of them.
 */
export function IntroductionsSection({ start }: { start: boolean }) {
  const { t } = useI18n();
  const [pairs, setPairs] = useState<IntroductionView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!start) return;
    let live = true;
    messenger
      .sendMessage('getIntroductions', { best: BEST })
      .then((out) => {
        if (!live) return;
        setPairs(out.pairs);
        performance.mark('mentor-radar:introductions-ready', { detail: { compared: out.candidatesCompared } });
      })
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [start]);
  return (
    <section className="rd-intros" data-testid="radar-introductions" data-ready={pairs !== null}>
      <h2>{t('rd_intros')}</h2>
      <p className="muted">{t('rd_introsIntro')}</p>
      {error && <p role="alert">{t('rd_failed', error)}</p>}
      {pairs === null ? (
        !error && <p className="muted">{t('rd_loading')}</p>
      ) : pairs.length === 0 ? (
        <p className="muted">{t('rd_introsNone')}</p>
      ) : (
        <Suspense fallback={<p className="muted">{t('rd_loading')}</p>}>
          <ol className="rd-people">
            {pairs.map((p) => (
              <IntroductionCard key={`${p.junior.key}|${p.senior.key}`} pair={p} />
            ))}
          </ol>
        </Suspense>
      )}
    </section>
  );
}
