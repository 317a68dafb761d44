import { useI18n } from '../../common/i18n';
import { backupReminder } from '../../../utils/data/backup-reminder';
import { formatDateTime } from './format';

/** Banner when there was never a backup or the last one is older than 30 days; the last date otherwise. */
export function BackupReminder({ lastBackupAt, now }: { lastBackupAt: number | null; now: number }) {
  const { t, lang } = useI18n();
  const reminder = backupReminder(lastBackupAt, now);
  if (reminder === null) {
    return <p className="muted" data-testid="last-backup">{t('dt_lastBackup', formatDateTime(lastBackupAt ?? now, lang))}</p>;
  }
  return (
    <div className="dt-banner" role="alert" data-testid="backup-reminder" data-kind={reminder.kind}>
      {reminder.kind === 'never' ? t('dt_reminderNever') : t('dt_reminderStale', reminder.days)}
    </div>
  );
}
