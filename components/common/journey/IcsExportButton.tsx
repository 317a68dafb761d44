import { useState } from 'react';
import { useI18n } from '../i18n';
import { messenger } from '../../../utils/messaging/messenger';
import { downloadText } from '../../../utils/ui/download';

/**
 * Saves follow-ups as an .ics file: one contact's next follow-up (`contactKey`) or every upcoming one.
 * The background writes the file (it holds the data and the `ics` library); the page only saves it.
 */
export function IcsExportButton({ contactKey, label, testId = 'ics-export' }: { contactKey?: string; label: string; testId?: string }) {
  const { lang, t } = useI18n();
  const [status, setStatus] = useState<{ state: 'done' | 'error'; text: string } | null>(null);
  const run = async () => {
    setStatus(null);
    try {
      const result = await messenger.sendMessage('exportFollowUps', { key: contactKey, lang });
      if (!result.ok) {
        setStatus({ state: 'error', text: t('jr_icsNothing') });
        return;
      }
      downloadText(result.fileName, result.text, 'text/calendar;charset=utf-8');
      setStatus({ state: 'done', text: t('jr_icsDone', result.count) });
    } catch (e) {
      setStatus({ state: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <span className="jr-ics">
      <button type="button" data-testid={testId} data-scope={contactKey === undefined ? 'all' : 'contact'} onClick={() => void run()}>
        {label}
      </button>
      {status && (
        <span className={status.state === 'error' ? 'error small' : 'muted small'} role="status" data-testid={`${testId}-status`} data-state={status.state}>
          {status.text}
        </span>
      )}
    </span>
  );
}
