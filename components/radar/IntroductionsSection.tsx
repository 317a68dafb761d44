import { useEffect, useState } from 'react';
import { useI18n } from '../common/i18n';
import { useSettings } from '../common/use-settings';
import { useSkillLabels } from '../common/use-skill-labels';
import { messenger } from '../../utils/messaging/messenger';
import { copyText } from '../../utils/ui/clipboard';
import { introductionDraft } from '../../utils/outreach/introduction';
import type { IntroductionView } from '../../utils/radar/radar-schema';
import { skillLabel } from '../../utils/skills/search';

const BEST = 5;

function IntroductionCard({ pair }: { pair: IntroductionView }) {
  const { lang, t } = useI18n();
  const settings = useSettings();
  const index = useSkillLabels();
  const [copied, setCopied] = useState(false);
  const me = settings?.myProfile;
  const language = me?.outreachLanguage ?? lang;
  const labels = (ids: string[]) => ids.map((id) => skillLabel(index, id, language));
  const draft = introductionDraft({
    junior: { name: pair.junior.name, teaches: labels(pair.junior.teaches) },
    senior: { name: pair.senior.name, teaches: labels(pair.senior.teaches) },
    lang: language,
    address: me?.germanAddress ?? 'sie',
    myName: me?.name ?? '',
  });
  return (
    <li className="rd-intro" data-testid="radar-introduction" data-junior={pair.junior.key} data-senior={pair.senior.key} data-score={pair.score}>
      <p>
        <strong>{pair.junior.name}</strong> <span className="muted">{pair.junior.subtitle}</span> ⇄ <strong>{pair.senior.name}</strong>{' '}
        <span className="muted">{pair.senior.subtitle}</span> · {pair.score}
      </p>
      <label>
        {t('rd_introDraft')}
        <textarea readOnly value={draft} data-testid="radar-introduction-draft" />
      </label>
      <button
        type="button"
        onClick={() =>
          void copyText(draft).then(() => {
            setCopied(true);
            setTimeout(() => setCopied(false), 1500);
          })
        }
      >
        {copied ? t('rd_copied') : t('rd_copy')}
      </button>
    </li>
  );
}

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
        <ol className="rd-people">
          {pairs.map((p) => (
            <IntroductionCard key={`${p.junior.key}|${p.senior.key}`} pair={p} />
          ))}
        </ol>
      )}
    </section>
  );
}
