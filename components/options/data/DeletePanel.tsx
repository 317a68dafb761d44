import { useId, useState } from 'react';
import { useI18n } from '../../common/i18n';
import { messenger } from '../../../utils/messaging/messenger';
import { errorText, formatCount } from './format';

type Status =
  | { state: 'idle' }
  | { state: 'confirming'; typed: string }
  | { state: 'working' }
  | { state: 'done'; contacts: number }
  | { state: 'error'; message: string };

/** "Delete all my data" behind a second step: the user types the confirmation word. */
export function DeletePanel() {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const inputId = useId();
  const word = t('dt_deleteWord');

  async function deleteAll() {
    setStatus({ state: 'working' });
    try {
      const removed = await messenger.sendMessage('deleteAllData', { confirm: true });
      setStatus({ state: 'done', contacts: removed.contacts });
    } catch (error) {
      setStatus({ state: 'error', message: t('dt_deleteFailed', errorText(error)) });
    }
  }

  return (
    <section className="dt-panel dt-danger" aria-labelledby="dt-delete-title">
      <h3 id="dt-delete-title">{t('dt_deleteTitle')}</h3>
      <p className="muted">{t('dt_deleteHelp')}</p>
      {status.state === 'confirming' ? (
        <form
          className="dt-confirm"
          onSubmit={(event) => {
            event.preventDefault();
            if (status.typed.trim().toLocaleUpperCase(lang) === word) void deleteAll();
          }}
        >
          <label htmlFor={inputId}>{t('dt_deleteConfirmLabel', word)}</label>
          <input
            id={inputId}
            data-testid="delete-confirm-input"
            autoComplete="off"
            autoFocus
            value={status.typed}
            onChange={(event) => setStatus({ state: 'confirming', typed: event.target.value })}
          />
          <div className="dt-actions">
            <button
              type="submit"
              className="dt-danger-button"
              data-testid="delete-confirm"
              disabled={status.typed.trim().toLocaleUpperCase(lang) !== word}
            >
              {t('dt_deleteConfirm')}
            </button>
            <button type="button" onClick={() => setStatus({ state: 'idle' })}>
              {t('dt_cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button
          type="button"
          className="dt-danger-button"
          data-testid="delete-all"
          disabled={status.state === 'working'}
          onClick={() => setStatus({ state: 'confirming', typed: '' })}
        >
          {t('dt_deleteStart')}
        </button>
      )}
      <p
        className={status.state === 'error' ? 'error' : ''}
        data-testid="delete-status"
        data-state={status.state}
        role={status.state === 'error' ? 'alert' : 'status'}
      >
        {status.state === 'done' && t('dt_deleteDone', formatCount(status.contacts, lang))}
        {status.state === 'error' && status.message}
      </p>
    </section>
  );
}
