import { useState } from 'react';
import { useI18n } from '../common/i18n';
import { useSettings } from '../common/use-settings';
import { useSkillLabels } from '../common/use-skill-labels';
import { copyText } from '../../utils/ui/clipboard';
import { introductionDraft } from '../../utils/outreach/introduction';
import type { IntroductionView } from '../../utils/radar/radar-schema';
import { skillLabel } from '../../utils/skills/search';

/**
 * One tandem with its introduction draft. Its own module, loaded once introductions arrive: the draft needs the
 * skill catalogue's names, which the radar's lists (labelled by the background) do not.
 */
export default function IntroductionCard({ pair }: { pair: IntroductionView }) {
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
