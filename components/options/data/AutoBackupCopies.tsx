import { useState } from 'react';
import { useI18n } from '../../common/i18n';
import { messenger } from '../../../utils/messaging/messenger';
import type { AutoBackupStatus } from '../../../utils/backup-schedule/status-schema';
import { errorText, formatCount, formatDateTime } from './format';

/** The automatic copies kept in the extension (newest first): download or restore any of them. */
export function AutoBackupCopies({ status, busy, onDownload }: { status: AutoBackupStatus; busy: boolean; onDownload: (id: string) => void }) {
  const { t, lang } = useI18n();
  const [restore, setRestore] = useState<{ id: string; state: 'confirm' | 'working' | 'done' | 'error'; text?: string } | null>(null);
  if (status.copies.length === 0) return null;
  const run = async (id: string) => {
    setRestore({ id, state: 'working' });
    try {
      await messenger.sendMessage('restoreSafetyBackup', { id });
      setRestore({ id, state: 'done', text: t('ab_restored') });
    } catch (error) {
      setRestore({ id, state: 'error', text: t('ab_failed', errorText(error)) });
    }
  };
  return (
    <div data-testid="auto-backup-copies">
      <p className="muted">{t('ab_copiesHelp', formatCount(status.copies.length, lang), status.settings.keep)}</p>
      <ul className="dt-copies">
        {status.copies.map((copy) => (
          <li key={copy.id} data-testid="auto-backup-copy" data-saved={copy.savedAt !== null}>
            <span>
              {t('ab_copy', formatDateTime(copy.createdAt, lang), formatCount(copy.contacts, lang))}
              {copy.savedAt !== null ? ` · ${t('ab_copySaved')}` : ''}
            </span>
            <button type="button" data-testid="auto-backup-copy-download" disabled={busy} onClick={() => onDownload(copy.id)}>
              {t('ab_download')}
            </button>
            {restore?.id === copy.id && restore.state === 'confirm' ? (
              <button type="button" className="dt-danger-button" data-testid="auto-backup-copy-restore-confirm" onClick={() => void run(copy.id)}>
                {t('ab_restoreConfirm')}
              </button>
            ) : (
              <button
                type="button"
                data-testid="auto-backup-copy-restore"
                disabled={busy || restore?.state === 'working'}
                onClick={() => setRestore({ id: copy.id, state: 'confirm' })}
              >
                {t('ab_restore')}
              </button>
            )}
            {restore?.id === copy.id && restore.text && (
              <span className={restore.state === 'error' ? 'error' : ''} role="status" data-testid="auto-backup-copy-restore-status" data-state={restore.state}>
                {restore.text}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
