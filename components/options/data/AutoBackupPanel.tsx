import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../common/i18n';
import { useLive } from '../../common/use-live';
import { ownSaves } from '../../common/own-saves';
import { messenger } from '../../../utils/messaging/messenger';
import { downloadText } from '../../../utils/ui/download';
import { writeBackupToFolder } from '../../../utils/backup-schedule/folder';
import { pendingCopy, type AutoBackupStatus, type FolderResult } from '../../../utils/backup-schedule/status-schema';
import { AutoBackupIntervalSchema, MAX_AUTO_BACKUP_KEEP, type AutoBackupSettings } from '../../../utils/schemas/settings';
import type { MessageKey } from '../../../utils/i18n/translate';
import { errorText, formatDateTime } from './format';
import { useBackupFolder } from './use-backup-folder';
import { statusState, statusText } from './auto-backup-status';
import { BackupFolderChoice } from './BackupFolderChoice';
import { AutoBackupCopies } from './AutoBackupCopies';

const INTERVAL_LABEL: Record<AutoBackupSettings['interval'], MessageKey> = {
  daily: 'ab_daily',
  weekly: 'ab_weekly',
  monthly: 'ab_monthly',
};

/**
 * Automatic backups on a schedule: on/off, how often, how many versions to keep, and where they go — a
 * folder the user picked (Chromium) or, where the browser cannot write to a folder by itself (Firefox), a
 * reminder with a one-click download. The newest copies are kept in the extension too and can be restored.
 */
const STATUS_CHANGE = ['autoBackupChanged', 'settingsChanged'] as const;

export function AutoBackupPanel() {
  const { t, lang } = useI18n();
  // A restore or "delete all" changes the schedule with the other settings.
  const status = useLive(() => messenger.sendMessage('getAutoBackupStatus', undefined), STATUS_CHANGE);
  const [current, setCurrent] = useState<AutoBackupStatus | undefined>(undefined);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const folder = useBackupFolder();
  const shown = current ?? status;
  // A read answering late with the schedule this page saved before its latest save must not undo that one.
  const [saves] = useState(() => ownSaves<AutoBackupSettings>());
  useEffect(() => {
    if (status && !saves.isStale(status.settings)) setCurrent(status);
  }, [status, saves]);

  const act = async (work: () => Promise<AutoBackupStatus | void>) => {
    setBusy(true);
    setMessage(null);
    try {
      const next = await work();
      if (next) setCurrent(next);
    } catch (error) {
      setMessage({ error: true, text: t('ab_failed', errorText(error)) });
    } finally {
      setBusy(false);
    }
  };

  /** Shown at once (a checkbox must follow the click), then saved; the background's answer replaces it. */
  const change = (patch: Partial<AutoBackupSettings>) => {
    if (!shown) return;
    const settings = { ...shown.settings, ...patch };
    setCurrent({ ...shown, settings });
    saves.saving(settings);
    void act(() => messenger.sendMessage('setAutoBackup', { settings }));
  };

  /** Downloads one automatic copy (the reminder's one click) and records it as saved. */
  const download = (id: string) =>
    act(async () => {
      const file = await messenger.sendMessage('getAutoBackupCopy', { id });
      if (!file) throw new Error(t('ab_copyGone'));
      downloadText(file.fileName, file.text, 'application/json');
      setMessage({ error: false, text: t('ab_downloaded', file.fileName) });
      return messenger.sendMessage('markAutoBackupSaved', { id, folder: null });
    });

  /** Writes a waiting copy into the folder from this page (it holds the permission the user just gave). */
  const writeToFolder = async (id: string, keep: number): Promise<AutoBackupStatus | void> => {
    if (!folder.folder) return;
    const file = await messenger.sendMessage('getAutoBackupCopy', { id });
    if (!file) return;
    const written = await writeBackupToFolder(folder.folder, file.fileName, file.text, keep);
    const result: FolderResult = written.ok
      ? { at: Date.now(), ok: true, reason: null, fileName: file.fileName, message: null }
      : { at: Date.now(), ok: false, reason: written.reason, fileName: file.fileName, message: written.message.slice(0, 500) };
    if (!written.ok) throw new Error(written.message);
    return messenger.sendMessage('markAutoBackupSaved', { id, folder: result });
  };

  // With the folder's permission in hand, a copy the background could not write is written from here.
  const tried = useRef(new Set<string>());
  const pending = shown ? pendingCopy(shown) : null;
  useEffect(() => {
    if (!shown || !pending || !folder.folder || folder.permission !== 'granted' || tried.current.has(pending.id)) return;
    tried.current.add(pending.id);
    void act(() => writeToFolder(pending.id, shown.settings.keep));
  }, [pending?.id, folder.folder, folder.permission]);

  // Opened from the backup notification (options.html#auto-backup): the panel appears only after loading.
  const loaded = shown !== undefined;
  useEffect(() => {
    if (loaded && location.hash === '#auto-backup') document.getElementById('auto-backup')?.scrollIntoView();
  }, [loaded]);

  if (!shown) return null;
  const state = statusState(shown, folder);
  const { settings } = shown;

  return (
    <section className="dt-panel" id="auto-backup" aria-labelledby="dt-auto-title" data-testid="auto-backup">
      <h3 id="dt-auto-title">{t('ab_title')}</h3>
      <label className="dt-inline">
        <input
          type="checkbox"
          data-testid="auto-backup-enabled"
          checked={settings.enabled}
          disabled={busy}
          onChange={(event) => change({ enabled: event.currentTarget.checked })}
        />
        {t('ab_enabled')}
      </label>
      <div className="dt-actions">
        <label className="dt-inline">
          {t('ab_interval')}
          <select
            data-testid="auto-backup-interval"
            value={settings.interval}
            disabled={busy}
            onChange={(event) => {
              const interval = AutoBackupIntervalSchema.safeParse(event.currentTarget.value);
              if (interval.success) change({ interval: interval.data });
            }}
          >
            {AutoBackupIntervalSchema.options.map((interval) => (
              <option key={interval} value={interval}>
                {t(INTERVAL_LABEL[interval])}
              </option>
            ))}
          </select>
        </label>
        <KeepInput keep={settings.keep} disabled={busy} onKeep={(keep) => change({ keep })} />
      </div>

      <BackupFolderChoice folder={folder} busy={busy} onPicked={() => void act(() => messenger.sendMessage('runAutoBackupNow', undefined))} />

      <p
        data-testid="auto-backup-status"
        data-state={state}
        data-copies={shown.copies.length}
        role="status"
        className={state === 'failed' || state === 'needs-permission' ? 'error' : ''}
      >
        {statusText(state, shown, folder, t, lang)}
      </p>

      {pending && state !== 'waiting' && (
        <div className="dt-banner" role="alert" data-testid="auto-backup-reminder" data-state={state}>
          <p>{t(state === 'download' ? 'ab_reminderDownload' : 'ab_reminderFolder', formatDateTime(pending.createdAt, lang))}</p>
          <div className="dt-actions">
            {state === 'needs-permission' && folder.folder && (
              <button
                type="button"
                className="primary"
                data-testid="auto-backup-grant"
                disabled={busy}
                onClick={() => void act(async () => ((await folder.grant()) ? writeToFolder(pending.id, settings.keep) : undefined))}
              >
                {t('ab_grant', folder.folder.name)}
              </button>
            )}
            <button
              type="button"
              className={state === 'download' ? 'primary' : ''}
              data-testid="auto-backup-download"
              disabled={busy}
              onClick={() => void download(pending.id)}
            >
              {t('ab_download')}
            </button>
          </div>
        </div>
      )}

      <div className="dt-actions">
        <button
          type="button"
          data-testid="auto-backup-now"
          disabled={busy}
          onClick={() => void act(() => messenger.sendMessage('runAutoBackupNow', undefined))}
        >
          {t('ab_now')}
        </button>
      </div>
      {message && (
        <p className={message.error ? 'error' : 'muted'} role={message.error ? 'alert' : 'status'} data-testid="auto-backup-message">
          {message.text}
        </p>
      )}
      <AutoBackupCopies status={shown} busy={busy} onDownload={(id) => void download(id)} />
    </section>
  );
}

function KeepInput({ keep, disabled, onKeep }: { keep: number; disabled: boolean; onKeep: (keep: number) => void }) {
  const { t } = useI18n();
  const [text, setText] = useState(String(keep));
  useEffect(() => setText(String(keep)), [keep]);
  const valid = (value: string) => /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= MAX_AUTO_BACKUP_KEEP;
  return (
    <label className="dt-inline">
      {t('ab_keep')}
      <input
        type="number"
        min={1}
        max={MAX_AUTO_BACKUP_KEEP}
        step={1}
        data-testid="auto-backup-keep"
        value={text}
        disabled={disabled}
        aria-invalid={!valid(text)}
        onChange={(event) => {
          const value = event.currentTarget.value;
          setText(value);
          if (valid(value) && Number(value) !== keep) onKeep(Number(value));
        }}
      />
    </label>
  );
}

