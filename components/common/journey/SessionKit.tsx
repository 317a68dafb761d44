import { useMemo, useState } from 'react';
import { useI18n } from '../i18n';
import { useSettings } from '../use-settings';
import { copyText } from '../../../utils/ui/clipboard';
import { openGoals } from '../../../utils/journey/goals';
import { sessionAgenda, type GermanAddress } from '../../../utils/journey/session-kit';
import type { Lang } from '../../../utils/matching/types';
import type { Contact } from '../../../utils/schemas/contact';
import type { PairSkills } from './use-pair-skills';

/**
 * The agenda for the next session: the first one introduces the pair, later ones pick up the open goals.
 * Language and Du/Sie start from My profile's outreach choices and can be switched here. Shown in the
 * sidebar's journey panel and in the popup's row details (`rows` keeps the popup's row short).
 */
export function SessionKit({
  theirName,
  contact,
  pair,
  sessionsHeld,
  rows = 12,
}: {
  theirName: string;
  contact: Contact | null;
  pair: PairSkills | undefined;
  sessionsHeld: number;
  rows?: number;
}) {
  const { t } = useI18n();
  const me = useSettings()?.myProfile;
  const [chosen, setChosen] = useState<{ lang?: Lang; form?: GermanAddress }>({});
  const [copied, setCopied] = useState<'done' | 'error' | null>(null);
  const lang = chosen.lang ?? me?.outreachLanguage ?? 'en';
  const form = chosen.form ?? me?.germanAddress ?? 'sie';

  const agenda = useMemo(() => {
    if (!pair) return '';
    return sessionAgenda({
      lang,
      form,
      myName: me?.name ?? '',
      theirName,
      iCanTeach: pair.theyLearn.map((id) => pair.skills.label(id, lang)),
      theyCanTeach: pair.iLearn.map((id) => pair.skills.label(id, lang)),
      openGoals: openGoals(contact?.goals ?? []),
      sessionsHeld,
    });
  }, [pair, lang, form, me?.name, theirName, contact?.goals, sessionsHeld]);

  const copy = async () => {
    try {
      await copyText(agenda);
      setCopied('done');
    } catch {
      setCopied('error');
    }
  };

  return (
    <div className="jr-kit" data-testid="session-kit" data-first={sessionsHeld === 0 ? 'true' : 'false'} data-session={sessionsHeld + 1}>
      <h3>{sessionsHeld === 0 ? t('jr_kitFirst') : t('jr_kitLater', sessionsHeld + 1)}</h3>
      <div className="jr-kit-options">
        <label>
          {t('jr_kitLanguage')}
          <select data-testid="session-kit-language" value={lang} onChange={(e) => setChosen((c) => ({ ...c, lang: e.target.value as Lang }))}>
            <option value="en">English</option>
            <option value="de">Deutsch</option>
          </select>
        </label>
        {lang === 'de' && (
          <label>
            {t('jr_kitForm')}
            <select data-testid="session-kit-form" value={form} onChange={(e) => setChosen((c) => ({ ...c, form: e.target.value as GermanAddress }))}>
              <option value="du">Du</option>
              <option value="sie">Sie</option>
            </select>
          </label>
        )}
      </div>
      <textarea className="jr-agenda" data-testid="session-agenda" readOnly rows={rows} value={agenda} lang={lang} />
      <button type="button" data-testid="session-agenda-copy" onClick={() => void copy()}>
        {t('jr_kitCopy')}
      </button>
      {copied && (
        <span role="status" className={copied === 'error' ? 'error small' : 'muted small'}>
          {copied === 'error' ? t('jr_kitCopyFailed') : t('jr_kitCopied')}
        </span>
      )}
    </div>
  );
}
