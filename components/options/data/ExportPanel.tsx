import { useState } from 'react';
import { useI18n } from '../../common/i18n';
import { messenger } from '../../../utils/messaging/messenger';
import { downloadText } from '../../../utils/ui/download';
import { errorText } from './format';

type Status = { state: 'idle' } | { state: 'working' } | { state: 'done'; text: string } | { state: 'error'; text: string };

/** Versioned JSON backup (records lastBackupAt) and a CSV of contacts for spreadsheets. */
export function ExportPanel() {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<Status>({ state: 'idle' });

  async function exportBackup() {
    setStatus({ state: 'working' });
    try {
      const { fileName, text } = await messenger.sendMessage('exportBackup', undefined);
      downloadText(fileName, text, 'application/json');
      await messenger.sendMessage('setPreferences', { patch: { lastBackupAt: Date.now() } });
      setStatus({ state: 'done', text: t('dt_exportBackupDone', fileName) });
    } catch (error) {
      setStatus({ state: 'error', text: t('dt_exportFailed', errorText(error)) });
    }
  }

  async function exportCsv() {
    setStatus({ state: 'working' });
    try {
      const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const { fileName, text } = await messenger.sendMessage('exportContactsCsv', { lang, timeZone });
      downloadText(fileName, text, 'text/csv;charset=utf-8');
      setStatus({ state: 'done', text: t('dt_exportCsvDone', fileName) });
    } catch (error) {
      setStatus({ state: 'error', text: t('dt_exportFailed', errorText(error)) });
    }
  }

  const working = status.state === 'working';
  return (
    <section className="dt-panel" aria-labelledby="dt-export-title">
      <h3 id="dt-export-title">{t('dt_exportTitle')}</h3>
      <p className="muted">{t('dt_exportBackupHelp')}</p>
      <div className="dt-actions">
        <button type="button" className="primary" data-testid="export-backup" disabled={working} onClick={() => void exportBackup()}>
          {t('dt_exportBackup')}
        </button>
        <button type="button" data-testid="export-csv" disabled={working} onClick={() => void exportCsv()}>
          {t('dt_exportCsv')}
        </button>
      </div>
      <p className="muted">{t('dt_exportCsvHelp')}</p>
      <p
        className={status.state === 'error' ? 'error' : ''}
        data-testid="export-status"
        data-state={status.state}
        role={status.state === 'error' ? 'alert' : 'status'}
      >
        {status.state === 'done' || status.state === 'error' ? status.text : ''}
      </p>
    </section>
  );
}
