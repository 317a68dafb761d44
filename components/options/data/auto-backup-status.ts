import { pendingCopy, type AutoBackupStatus } from '../../../utils/backup-schedule/status-schema';
import type { Lang, MessageKey } from '../../../utils/i18n/translate';
import { formatDateTime } from './format';
import type { BackupFolderState } from './use-backup-folder';

export type StatusState = 'off' | 'waiting' | 'ok' | 'download' | 'needs-permission' | 'failed';

/** The last run failed before it could keep a copy (and no run succeeded since). */
const runFailed = (status: AutoBackupStatus) =>
  status.lastError !== null && (status.lastAt === null || status.lastError.at > status.lastAt);

/** One word for the tests and one sentence for the user: where the newest automatic backup stands. */
export function statusState(status: AutoBackupStatus, folder: BackupFolderState): StatusState {
  if (runFailed(status)) return 'failed';
  if (!status.settings.enabled && status.copies.length === 0) return 'off';
  const pending = pendingCopy(status);
  if (!pending) return status.copies.length === 0 ? 'waiting' : 'ok';
  if (!folder.folder) return 'download';
  if (folder.permission !== 'granted' || status.folder?.reason === 'needs-permission') return 'needs-permission';
  return status.folder?.ok === false ? 'failed' : 'waiting';
}

export function statusText(
  state: StatusState,
  status: AutoBackupStatus,
  folder: BackupFolderState,
  t: (key: MessageKey, ...s: (string | number)[]) => string,
  lang: Lang,
): string {
  const parts: string[] = [];
  if (state === 'off') return t('ab_statusOff');
  if (status.lastAt !== null) parts.push(t('ab_statusLast', formatDateTime(status.lastAt, lang)));
  if (status.settings.enabled && status.nextAt !== null) parts.push(t('ab_statusNext', formatDateTime(Math.max(status.nextAt, Date.now()), lang)));
  if (!status.settings.enabled) parts.push(t('ab_statusPaused'));
  if (state === 'ok' && status.folder?.ok && folder.folder) parts.push(t('ab_statusWritten', status.folder.fileName ?? '', folder.folder.name));
  if (state === 'needs-permission' && folder.folder) parts.push(t('ab_statusPermission', folder.folder.name));
  if (state === 'failed' && runFailed(status)) parts.push(t('ab_statusRunFailed', status.lastError?.message ?? ''));
  else if (state === 'failed') parts.push(t('ab_statusFailed', status.folder?.message ?? ''));
  if (state === 'download') parts.push(t('ab_statusDownload'));
  return parts.join(' ');
}

