import { useI18n } from '../common/i18n';
import { messenger } from '../../utils/messaging/messenger';
import type { ContactPatch } from '../../utils/messaging/protocol';
import type { MessageKey } from '../../utils/i18n/translate';
import {
  CONTACT_STATUSES,
  type Contact,
  type ContactStatus,
  type MentoringDirection,
} from '../../utils/schemas/contact';
import type { Profile } from '../../utils/schemas/profile';
import { dateInputToEpoch, epochToDateInput, isFollowUpDue } from '../../utils/reminders/follow-up-date';
import { useOptimistic } from './use-optimistic';

const DIRECTIONS: { value: MentoringDirection; label: MessageKey }[] = [
  { value: 'they-mentor-me', label: 'sb_directionTheyMentorMe' },
  { value: 'i-mentor-them', label: 'sb_directionIMentorThem' },
  { value: 'mutual', label: 'sb_directionMutual' },
];

/** Status, direction and follow-up date. Changing any of them saves the person (with the profile). */
export function RelationshipFields({
  profile,
  contact,
  onError,
}: {
  profile: Profile;
  contact: Contact | null;
  onError: (error: unknown) => void;
}) {
  const { t } = useI18n();
  const update = (patch: ContactPatch) => messenger.sendMessage('updateContact', { key: profile.key, patch, profile });

  const [status, setStatus] = useOptimistic<ContactStatus>(
    contact?.status ?? 'idea',
    async (next) => (await update({ status: next })).status,
    onError,
  );
  const [direction, setDirection] = useOptimistic<MentoringDirection | null>(
    contact?.direction ?? null,
    async (next) => (await update({ direction: next })).direction,
    onError,
  );
  const [followUpAt, setFollowUpAt] = useOptimistic<number | null>(
    contact?.followUpAt ?? null,
    async (next) => (await update({ followUpAt: next })).followUpAt,
    onError,
  );
  const due = isFollowUpDue(followUpAt, Date.now());

  return (
    <section className="card panel-section" aria-labelledby="sb-relationship-title">
      <h2 id="sb-relationship-title">{t('sb_relationshipTitle')}</h2>
      <div className="field-grid">
        <label htmlFor="sb-status">{t('status')}</label>
        <select
          id="sb-status"
          data-testid="contact-status"
          value={status}
          onChange={(e) => setStatus(e.target.value as ContactStatus)}
        >
          {CONTACT_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`status_${value}`)}
            </option>
          ))}
        </select>

        <label htmlFor="sb-direction">{t('sb_direction')}</label>
        <select
          id="sb-direction"
          data-testid="contact-direction"
          value={direction ?? ''}
          onChange={(e) => setDirection(e.target.value === '' ? null : (e.target.value as MentoringDirection))}
        >
          <option value="">{t('sb_directionNone')}</option>
          {DIRECTIONS.map(({ value, label }) => (
            <option key={value} value={value}>
              {t(label)}
            </option>
          ))}
        </select>

        <label htmlFor="sb-follow-up">{t('sb_followUp')}</label>
        <div className="follow-up">
          <input
            id="sb-follow-up"
            type="date"
            data-testid="follow-up-date"
            value={epochToDateInput(followUpAt)}
            onChange={(e) => {
              // A date input reports '' while a typed date is incomplete or when it is emptied.
              const next = e.target.value === '' ? null : dateInputToEpoch(e.target.value);
              if (e.target.value === '' || next !== null) setFollowUpAt(next);
            }}
          />
          {followUpAt !== null && (
            <button
              type="button"
              className="icon"
              data-testid="follow-up-clear"
              aria-label={t('sb_followUpClear')}
              title={t('sb_followUpClear')}
              onClick={() => setFollowUpAt(null)}
            >
              ×
            </button>
          )}
          {due && (
            <span className="badge due" data-testid="follow-up-due">
              {t('sb_followUpDue')}
            </span>
          )}
        </div>
      </div>
    </section>
  );
}
