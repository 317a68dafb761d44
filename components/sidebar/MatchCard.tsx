import { openOptions } from '../../utils/ui/open-options';
import { useI18n } from '../common/i18n';
import type { MatchResult, PairingKind } from '../../utils/matching/types';
import { matchStrength, type MatchStrength } from '../../utils/matching/strength';
import { skillLabel, type SkillIndex } from '../../utils/skills/search';
import type { MessageKey } from '../../utils/i18n/translate';

const KIND_KEYS: Readonly<Record<PairingKind, MessageKey>> = {
  reverse: 'mt_kind_reverse',
  classic: 'mt_kind_classic',
  peer: 'mt_kind_peer',
  none: 'mt_kind_none',
};

const STRENGTH_KEYS: Readonly<Record<MatchStrength, MessageKey>> = {
  strong: 'mt_strength_strong',
  promising: 'mt_strength_promising',
  weak: 'mt_strength_weak',
};

interface MatchCardProps {
  match: MatchResult;
  explanation: string;
  index: SkillIndex;
  /** My profile has no skills yet: ask for them instead of showing an empty match. */
  profileEmpty: boolean;
}

/** The compact "mentoring potential" card: score, kind of pairing, and why, in plain words. */
export function MatchCard({ match, explanation, index, profileEmpty }: MatchCardProps) {
  const { t, lang } = useI18n();
  const labels = (ids: readonly string[]) => ids.map((id) => ({ id, label: skillLabel(index, id, lang) }));

  if (profileEmpty) {
    return (
      <section className="card mt-card" aria-labelledby="mt-card-title" data-testid="match-card">
        <h2 id="mt-card-title">{t('mt_potential')}</h2>
        <p data-testid="match-profile-hint">{t('mt_profileEmpty')}</p>
        <button type="button" className="primary" onClick={openOptions}>
          {t('mt_setUpProfile')}
        </button>
      </section>
    );
  }

  const directions = [
    { key: 'they', title: t('mt_theyTeachMe'), items: labels(match.theyTeachMe), testId: 'match-they-teach' },
    { key: 'i', title: t('mt_iTeachThem'), items: labels(match.iTeachThem), testId: 'match-i-teach' },
  ];
  return (
    <section className="card mt-card" aria-labelledby="mt-card-title" data-testid="match-card" data-kind={match.kind}>
      <h2 id="mt-card-title">{t('mt_potential')}</h2>
      <div className="mt-score-row">
        <p className="mt-score">
          <span className="visually-hidden">{t('mt_scoreAria', match.score)}</span>
          <span data-testid="match-score" aria-hidden="true">
            {match.score}
          </span>
          <span className="mt-score-max" aria-hidden="true">
            /100
          </span>
        </p>
        <div className="mt-kind-box">
          <p className={`mt-kind mt-kind-${match.kind}`} data-testid="match-kind" data-kind={match.kind}>
            {t(KIND_KEYS[match.kind])}
          </p>
          {match.kind !== 'none' && (
            <p className="mt-strength muted" data-testid="match-strength" data-strength={matchStrength(match.score)}>
              {t(STRENGTH_KEYS[matchStrength(match.score)])}
            </p>
          )}
        </div>
      </div>
      <div className="mt-meter" aria-hidden="true">
        <div className="mt-meter-fill" style={{ width: `${match.score}%` }} />
      </div>
      <p className="mt-explanation" data-testid="match-explanation">
        {explanation}
      </p>
      {directions.map(
        (d) =>
          d.items.length > 0 && (
            <div key={d.key} className="mt-direction">
              <h3 className="mt-direction-title">{d.title}</h3>
              <ul className="chips" data-testid={d.testId}>
                {d.items.map((item) => (
                  <li key={item.id} className="chip">
                    {item.label}
                  </li>
                ))}
              </ul>
            </div>
          ),
      )}
    </section>
  );
}
