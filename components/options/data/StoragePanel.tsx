import { useEffect, useState } from 'react';
import { useI18n } from '../../common/i18n';
import { messenger } from '../../../utils/messaging/messenger';
import { formatBytes } from '../../../utils/data/format-bytes';
import { useLive } from '../../common/use-live';
import { formatCount } from './format';

/** 'unsupported' where navigator.storage.persist is missing; undefined while asking. */
type Persistence = boolean | 'unsupported' | undefined;

async function requestPersistence(): Promise<Persistence> {
  const storage = navigator.storage;
  if (!storage?.persist || !storage.persisted) return 'unsupported';
  try {
    // Chrome decides silently; Firefox may ask the user. Either way the answer is shown, never assumed.
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return 'unsupported';
  }
}

/** Counts and usage change with the contacts and with the settings (a restore, "delete all"). */
const STATS_CHANGE = ['contactsChanged', 'settingsChanged'] as const;

/** Whether the browser keeps the data, how much is stored, and how many records, kept live. */
export function StoragePanel() {
  const { t, lang } = useI18n();
  const [persisted, setPersisted] = useState<Persistence>(undefined);
  const stats = useLive(() => messenger.sendMessage('getDataStats', undefined), STATS_CHANGE);
  const n = (value: number) => formatCount(value, lang);

  useEffect(() => {
    void requestPersistence().then(setPersisted);
  }, []);

  return (
    <section className="dt-panel" aria-labelledby="dt-storage-title">
      <h3 id="dt-storage-title">{t('dt_storageTitle')}</h3>
      <p data-testid="storage-persisted" data-persisted={String(persisted ?? '')}>
        {persisted === true && t('dt_storagePersisted')}
        {persisted === false && t('dt_storageNotPersisted')}
        {persisted === 'unsupported' && t('dt_storagePersistUnsupported')}
      </p>
      {persisted === false && (
        <button type="button" data-testid="storage-persist" onClick={() => void requestPersistence().then(setPersisted)}>
          {t('dt_storagePersistAsk')}
        </button>
      )}
      {stats && (
        <>
          <p data-testid="storage-usage">
            {stats.estimate
              ? t('dt_storageUsage', formatBytes(stats.estimate.usage, lang), formatBytes(stats.estimate.quota, lang))
              : t('dt_storageUsageUnknown')}
          </p>
          <p data-testid="storage-counts" data-contacts={stats.counts.contacts}>
            {t('dt_storageCounts', n(stats.counts.contacts), n(stats.counts.timeline), n(stats.counts.customSkills), n(stats.counts.templates))}
          </p>
        </>
      )}
    </section>
  );
}
