import { useState } from 'react';
import { useI18n } from '../common/i18n';
import { useTimeline } from '../common/use-timeline';
import { messenger } from '../../utils/messaging/messenger';
import { CONTACT_STATUSES, type ContactStatus, type TimelineEntry } from '../../utils/schemas/contact';
import type { PopupRow } from '../../utils/network/view-schema';
import { dateInputToEpoch, epochToDateInput } from '../../utils/reminders/follow-up-date';
import type { MessageKey } from '../../utils/i18n/translate';
import { RowJourney } from './RowJourney';

function formatDay(ms: number, lang: 'en' | 'de'): string {
  return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium' }).format(new Date(ms));
}

const EVENT_KEYS: Record<NonNullable<TimelineEntry['event']>, MessageKey> = {
  saved: 'pp_event_saved',
  'status-changed': 'pp_event_statusChanged',
  'outreach-copied': 'pp_event_outreachCopied',
  imported: 'pp_event_imported',
  'follow-up-set': 'pp_event_followUpSet',
  session: 'pp_event_session',
};

/** The expanded part of a row: status and follow-up date to change, the pair's journey, and the notes timeline. */
export function RowDetails({ row, id }: { row: PopupRow; id: string }) {
  const { lang, t } = useI18n();
  const timeline = useTimeline(row.key).entries;
  const [error, setError] = useState<string | null>(null);

  const update = (patch: { status?: ContactStatus; followUpAt?: number | null }) => {
    setError(null);
    messenger.sendMessage('updateContact', { key: row.key, patch }).catch((e: unknown) => {
      setError(t('pp_updateFailed', e instanceof Error ? e.message : String(e)));
    });
  };

  const eventText = (entry: TimelineEntry): string => {
    if (!entry.event) return entry.text;
    if (entry.event === 'status-changed') {
      const status = CONTACT_STATUSES.find((s) => s === entry.text);
      return t('pp_event_statusChanged', status ? t(`status_${status}`) : entry.text);
    }
    if (entry.event === 'follow-up-set') {
      const ms = Date.parse(entry.text);
      return t('pp_event_followUpSet', Number.isNaN(ms) ? entry.text : formatDay(ms, lang));
    }
    if (entry.event === 'session') {
      const day = entry.session ? dateInputToEpoch(entry.session.date) : null;
      const said = [entry.session?.notes, entry.session?.iLearned, entry.session?.theyLearned].filter((part) => !!part);
      return [t('pp_event_session', day === null ? '' : formatDay(day, lang)), ...said].join(' · ');
    }
    return t(EVENT_KEYS[entry.event]);
  };

  return (
    <div className="pp-details" id={id} data-testid="pp-row-details">
      <div className="pp-details-fields">
        <label>
          {t('pp_status')}
          <select
            data-testid="pp-row-status"
            value={row.status}
            onChange={(e) => update({ status: e.target.value as ContactStatus })}
          >
            {CONTACT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status_${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('pp_followUp')}
          <input
            type="date"
            data-testid="pp-row-follow-up"
            value={epochToDateInput(row.followUpAt)}
            onChange={(e) => {
              const at = dateInputToEpoch(e.target.value);
              if (at !== null || e.target.value === '') update({ followUpAt: at });
            }}
          />
        </label>
        {row.followUpAt !== null && (
          <button type="button" data-testid="pp-row-follow-up-clear" onClick={() => update({ followUpAt: null })}>
            {t('pp_followUpClear')}
          </button>
        )}
      </div>
      <RowJourney row={row} timeline={timeline} onError={(e) => setError(t('pp_updateFailed', e instanceof Error ? e.message : String(e)))} />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <h3 className="pp-timeline-title">{t('pp_timeline')}</h3>
      {timeline === undefined ? (
        <p className="muted">{t('loading')}</p>
      ) : timeline.length === 0 ? (
        <p className="muted">{t('pp_timelineEmpty')}</p>
      ) : (
        <ol className="pp-timeline">
          {timeline.map((entry) => (
            <li key={entry.id} data-testid="pp-timeline-item" data-event={entry.event ?? ''} className={entry.kind === 'note' ? 'pp-note' : 'pp-event'}>
              <time dateTime={new Date(entry.createdAt).toISOString()}>{formatDay(entry.createdAt, lang)}</time>
              <span className="pp-timeline-text">{entry.kind === 'note' ? entry.text : eventText(entry)}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
