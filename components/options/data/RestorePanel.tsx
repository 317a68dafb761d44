import { useRef, useState } from 'react';
import { useI18n } from '../../common/i18n';
import { messenger } from '../../../utils/messaging/messenger';
import { BACKUP_TABLES, checkBackupFile, parseBackup } from '../../../utils/data/backup';
import type { Backup, RestoreMode, RestorePreview } from '../../../utils/data/backup';
import { describeBackupProblem, describeDroppedRecord, type DroppedRecord } from '../../../utils/data/problems';
import { useLive } from '../../common/use-live';
import type { MessageKey } from '../../../utils/i18n/translate';
import { errorText, formatCount, formatDateTime } from './format';

type Status =
  | { state: 'idle' }
  | { state: 'working'; text: string }
  | { state: 'preview'; backup: Backup; dropped: DroppedRecord[]; previews: Record<RestoreMode, RestorePreview>; mode: RestoreMode }
  | { state: 'done'; changes: RestorePreview; dropped: DroppedRecord[] }
  | { state: 'error'; message: string };

const TABLE_LABEL: Record<(typeof BACKUP_TABLES)[number], MessageKey> = {
  contacts: 'dt_table_contacts',
  timeline: 'dt_table_timeline',
  customSkills: 'dt_table_customSkills',
  templates: 'dt_table_templates',
  settings: 'dt_table_settings',
};

const total = (preview: RestorePreview, field: 'added' | 'updated' | 'removed') =>
  BACKUP_TABLES.reduce((sum, table) => sum + preview[table][field], 0);

/**
 * Backup file → validated here → preview of both modes from the background → the user picks merge or
 * replace and confirms → one transaction in the background. The backup is sent again on confirm: the
 * service worker may have been stopped while the user read the preview, so nothing is kept there.
 */
export function RestorePanel() {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const n = (value: number) => formatCount(value, lang);

  const reset = () => {
    setStatus({ state: 'idle' });
    if (input.current) input.current.value = '';
  };

  async function pick(file: File) {
    const tooBig = checkBackupFile(file);
    if (tooBig) return setStatus({ state: 'error', message: t('dt_restoreFailed', describeBackupProblem(tooBig, lang)) });
    setStatus({ state: 'working', text: t('dt_restoreChecking') });
    try {
      const parsed = parseBackup(await file.text());
      if (!parsed.ok) {
        return setStatus({ state: 'error', message: t('dt_restoreFailed', describeBackupProblem(parsed.problem, lang)) });
      }
      const previews = await messenger.sendMessage('previewRestore', { backup: parsed.backup });
      setStatus({ state: 'preview', backup: parsed.backup, dropped: parsed.dropped, previews, mode: 'merge' });
    } catch (error) {
      setStatus({ state: 'error', message: t('dt_restoreFailed', errorText(error)) });
    }
  }

  async function confirm(backup: Backup, mode: RestoreMode, dropped: DroppedRecord[]) {
    setStatus({ state: 'working', text: t('dt_restoreWorking') });
    try {
      const changes = await messenger.sendMessage('restoreBackup', { backup, mode });
      setStatus({ state: 'done', changes, dropped });
    } catch (error) {
      setStatus({ state: 'error', message: t('dt_restoreFailed', errorText(error)) });
    } finally {
      if (input.current) input.current.value = '';
    }
  }

  async function undo(id: string) {
    setStatus({ state: 'working', text: t('dt_restoreWorking') });
    try {
      const changes = await messenger.sendMessage('restoreSafetyBackup', { id });
      setStatus({ state: 'done', changes, dropped: [] });
    } catch (error) {
      setStatus({ state: 'error', message: t('dt_restoreFailed', errorText(error)) });
    }
  }

  const safety = useLive(() => messenger.sendMessage('getSafetyBackup', undefined), 'contactsChanged');
  const busy = status.state === 'working';
  return (
    <section className="dt-panel" aria-labelledby="dt-restore-title">
      <h3 id="dt-restore-title">{t('dt_restoreTitle')}</h3>
      <label className="dt-file">
        <span>{t('dt_restoreFileLabel')}</span>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          data-testid="restore-file"
          disabled={busy}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void pick(file);
          }}
        />
      </label>
      {status.state !== 'idle' && (
        <div
          className={`dt-status ${status.state === 'error' ? 'error' : ''}`}
          data-testid="restore-status"
          data-state={status.state}
          role={status.state === 'error' ? 'alert' : 'status'}
          aria-live="polite"
        >
          {status.state === 'working' && <p>{status.text}</p>}
          {status.state === 'error' && <p>{status.message}</p>}
          {status.state === 'done' && (
            <>
              <p>{t('dt_restoreDone', n(total(status.changes, 'added')), n(total(status.changes, 'updated')), n(total(status.changes, 'removed')))}</p>
              <DroppedList dropped={status.dropped} />
            </>
          )}
          {status.state === 'preview' && (
            <>
              <p>{t('dt_restoreFrom', formatDateTime(status.backup.exportedAt, lang))}</p>
              <fieldset className="dt-modes">
                <legend>{t('dt_restoreMode')}</legend>
                {(['merge', 'replace'] as const).map((mode) => (
                  <label key={mode}>
                    <input
                      type="radio"
                      name="dt-restore-mode"
                      value={mode}
                      data-testid={`restore-mode-${mode}`}
                      checked={status.mode === mode}
                      onChange={() => setStatus({ ...status, mode })}
                    />
                    {t(mode === 'merge' ? 'dt_restoreMerge' : 'dt_restoreReplace')}
                  </label>
                ))}
              </fieldset>
              <DroppedList dropped={status.dropped} />
              <PreviewTable preview={status.previews[status.mode]} />
              {status.mode === 'replace' && total(status.previews.replace, 'removed') > 0 && (
                <p className="error">{t('dt_restoreRemovesWarning', n(total(status.previews.replace, 'removed')))}</p>
              )}
              <div className="dt-actions">
                <button
                  type="button"
                  className="primary"
                  data-testid="restore-confirm"
                  onClick={() => void confirm(status.backup, status.mode, status.dropped)}
                >
                  {t('dt_restoreConfirm')}
                </button>
                <button type="button" data-testid="restore-cancel" onClick={reset}>
                  {t('dt_cancel')}
                </button>
              </div>
            </>
          )}
        </div>
      )}
      {safety && (
        <div className="dt-actions" data-testid="safety-backup">
          <p>{t('dt_safetyBackupInfo', formatDateTime(safety.createdAt, lang), n(safety.contacts))}</p>
          <button type="button" data-testid="safety-restore" disabled={busy} onClick={() => void undo(safety.id)}>
            {t('dt_safetyRestore')}
          </button>
        </div>
      )}
    </section>
  );
}

/** The records a restore leaves out, and why (the first 20; the count says how many in all). */
function DroppedList({ dropped }: { dropped: DroppedRecord[] }) {
  const { t, lang } = useI18n();
  if (dropped.length === 0) return null;
  return (
    <div className="error" data-testid="restore-dropped" data-count={dropped.length}>
      <p>{t('dt_restoreDropped', formatCount(dropped.length, lang))}</p>
      <ul>
        {dropped.slice(0, 20).map((record) => (
          <li key={`${record.table}:${record.index}`}>{describeDroppedRecord(record, lang)}</li>
        ))}
      </ul>
    </div>
  );
}

function PreviewTable({ preview }: { preview: RestorePreview }) {
  const { t, lang } = useI18n();
  const n = (value: number) => formatCount(value, lang);
  return (
    <table className="dt-preview" data-testid="restore-preview">
      <caption>{t('dt_restorePreviewCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dt_restoreColumnData')}</th>
          <th scope="col">{t('dt_restoreAdded')}</th>
          <th scope="col">{t('dt_restoreUpdated')}</th>
          <th scope="col">{t('dt_restoreRemoved')}</th>
          <th scope="col">{t('dt_restoreUnchanged')}</th>
        </tr>
      </thead>
      <tbody>
        {BACKUP_TABLES.map((table) => (
          <tr key={table} data-testid={`restore-preview-${table}`}>
            <th scope="row">{t(TABLE_LABEL[table])}</th>
            <td>{n(preview[table].added)}</td>
            <td>{n(preview[table].updated)}</td>
            <td>{n(preview[table].removed)}</td>
            <td>{n(preview[table].unchanged)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
