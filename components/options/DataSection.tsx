import { useI18n } from '../common/i18n';
import { useSettings } from '../common/use-settings';
import { AutoBackupPanel } from './data/AutoBackupPanel';
import { BackupReminder } from './data/BackupReminder';
import { DeletePanel } from './data/DeletePanel';
import { ExportPanel } from './data/ExportPanel';
import { ImportPanel } from './data/ImportPanel';
import { RestorePanel } from './data/RestorePanel';
import { StoragePanel } from './data/StoragePanel';
import './data/data.css';

/** "Your data": import LinkedIn connections, back up (by hand and on a schedule), restore, export, storage, delete everything. */
export function DataSection() {
  const { t } = useI18n();
  const settings = useSettings();
  return (
    <section className="dt-section" aria-labelledby="dt-title" data-testid="data-section">
      <h2 id="dt-title">{t('dt_title')}</h2>
      {settings && <BackupReminder lastBackupAt={settings.preferences.lastBackupAt} now={Date.now()} />}
      <ImportPanel />
      <ExportPanel />
      <AutoBackupPanel />
      <RestorePanel />
      <StoragePanel />
      <DeletePanel />
    </section>
  );
}
