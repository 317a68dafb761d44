import { useCallback, useState } from 'react';
import { useI18n } from '../../common/i18n';
import { useTimeline } from '../../common/use-timeline';
import { CadenceField } from '../../common/journey/CadenceField';
import { GoalList } from '../../common/journey/GoalList';
import { IcsExportButton } from '../../common/journey/IcsExportButton';
import { usePairSkills } from '../../common/journey/use-pair-skills';
import { formatFollowUpDay } from '../../../utils/sidebar/timeline';
import { countSessions } from '../../../utils/journey/session-kit';
import type { Contact } from '../../../utils/schemas/contact';
import type { Profile } from '../../../utils/schemas/profile';
import { SessionKit } from '../../common/journey/SessionKit';
import { SessionLog } from '../../common/journey/SessionLog';
import '../../common/journey/journey.css';

/**
 * The mentoring journey with the person on screen (issue 14): goals both ways, the session kit, the session
 * log, and the keep-in-touch cadence with its calendar export. Acting here saves the person.
 */
export function JourneyPanel({ profile, contact }: { profile: Profile; contact: Contact | null }) {
  const { lang, t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const onError = useCallback((e: unknown) => setError(t('saveFailed', e instanceof Error ? e.message : String(e))), [t]);
  const pair = usePairSkills(profile, contact);
  const timeline = useTimeline(profile.key).entries;
  const sessionsHeld = countSessions(timeline);

  return (
    <section className="card panel-section jr-panel" aria-labelledby="jr-title" data-testid="journey">
      <h2 id="jr-title">{t('jr_title')}</h2>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <h3>{t('jr_goalsTitle')}</h3>
      <GoalList contactKey={profile.key} profile={profile} contact={contact} theirName={profile.name} pair={pair} onError={onError} />
      <SessionKit theirName={profile.name} contact={contact} pair={pair} sessionsHeld={sessionsHeld} />
      <SessionLog contactKey={profile.key} profile={profile} onError={onError} />
      <div className="jr-keep-in-touch">
        <CadenceField contactKey={profile.key} profile={profile} contact={contact} onError={onError} />
        <p className="muted small">{t('jr_cadenceHint')}</p>
        {contact?.followUpAt != null && (
          <p className="small" data-testid="journey-next-follow-up">
            {t('jr_nextFollowUp', formatFollowUpDay(contact.followUpAt, lang))}
          </p>
        )}
        <IcsExportButton contactKey={profile.key} label={t('jr_icsExport')} />
      </div>
    </section>
  );
}
