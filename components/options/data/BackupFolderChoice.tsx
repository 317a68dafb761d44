import { useState } from 'react';
import { useI18n } from '../../common/i18n';
import { errorText } from './format';
import type { BackupFolderState } from './use-backup-folder';

/** Chromium: which folder the backups go to (pick, change, stop using it); elsewhere: why there is none. */
export function BackupFolderChoice({ folder, busy, onPicked }: { folder: BackupFolderState; busy: boolean; onPicked: () => void }) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  if (!folder.supported) return <p className="muted" data-testid="auto-backup-folder-unsupported">{t('ab_noFolderApi')}</p>;
  return (
    <div data-testid="auto-backup-folder-choice" data-folder={folder.folder?.name ?? ''} data-permission={folder.permission ?? ''}>
      <p className="muted">{folder.folder ? t('ab_folderIs', folder.folder.name) : t('ab_folderNone')}</p>
      <div className="dt-actions">
        <button
          type="button"
          data-testid="auto-backup-folder"
          disabled={busy}
          onClick={() => {
            setError(null);
            void folder.pick().then(
              (picked) => picked && onPicked(),
              (e: unknown) => setError(errorText(e)),
            );
          }}
        >
          {folder.folder ? t('ab_folderChange') : t('ab_folderPick')}
        </button>
        {folder.folder && (
          <button type="button" data-testid="auto-backup-folder-forget" disabled={busy} onClick={() => void folder.forget()}>
            {t('ab_folderForget')}
          </button>
        )}
      </div>
      {error && <p className="error" role="alert">{t('ab_failed', error)}</p>}
    </div>
  );
}

