import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n';
import { messenger } from '../../../utils/messaging/messenger';
import { epochToDateInput } from '../../../utils/reminders/follow-up-date';
import type { Profile } from '../../../utils/schemas/profile';
import { MAX_SESSION_LEARNED, MAX_SESSION_NOTES } from '../../../utils/schemas/journey';

/** Log a session: the day (today unless changed), optional notes and what each side learned. */
export function SessionLog({ contactKey, profile, onError }: { contactKey: string; profile?: Profile; onError: (error: unknown) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [date, setDate] = useState(() => epochToDateInput(Date.now()));
  const [notes, setNotes] = useState('');
  const [iLearned, setILearned] = useState('');
  const [theyLearned, setTheyLearned] = useState('');
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'invalid'>('idle');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setState('invalid');
    setState('saving');
    try {
      await messenger.sendMessage('logSession', { key: contactKey, session: { date, notes, iLearned, theyLearned }, profile });
      setNotes('');
      setILearned('');
      setTheyLearned('');
      setState('saved');
    } catch (e) {
      setState('idle');
      onError(e);
    }
  };

  return (
    <form className="jr-log" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('jr_logTitle')}</h3>
      <label>
        {t('jr_logDate')}
        <input type="date" data-testid="session-date" value={date} required onChange={(e) => setDate(e.target.value)} />
      </label>
      <label>
        {t('jr_logNotes')}
        <textarea data-testid="session-notes" rows={2} maxLength={MAX_SESSION_NOTES} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </label>
      <label>
        {t('jr_logILearned')}
        <input data-testid="session-i-learned" maxLength={MAX_SESSION_LEARNED} value={iLearned} onChange={(e) => setILearned(e.target.value)} />
      </label>
      <label>
        {t('jr_logTheyLearned')}
        <input data-testid="session-they-learned" maxLength={MAX_SESSION_LEARNED} value={theyLearned} onChange={(e) => setTheyLearned(e.target.value)} />
      </label>
      <button type="submit" data-testid="session-log" disabled={state === 'saving'}>
        {t('jr_logSave')}
      </button>
      {state === 'saved' && (
        <span role="status" className="muted small" data-testid="session-logged">
          {t('jr_logSaved')}
        </span>
      )}
      {state === 'invalid' && (
        <span role="alert" className="error small">
          {t('jr_logDateInvalid')}
        </span>
      )}
    </form>
  );
}
