import { useEffect, useId, useState } from 'react';
import { useI18n } from '../i18n';
import { messenger } from '../../../utils/messaging/messenger';
import { CADENCE_WEEKS, type CadenceWeeks } from '../../../utils/schemas/journey';
import type { Contact } from '../../../utils/schemas/contact';
import type { Profile } from '../../../utils/schemas/profile';

/** Keep-in-touch cadence: option values are the weeks ("0" = none), as the popup and tests read them. */
export function CadenceField({
  contactKey,
  profile,
  contact,
  onError,
}: {
  contactKey: string;
  profile?: Profile;
  contact: Contact | null;
  onError: (error: unknown) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  // The choice shows at once; the saved contact (broadcast back) then confirms it.
  const [pending, setPending] = useState<CadenceWeeks | null>(null);
  useEffect(() => setPending(null), [contact?.cadenceWeeks, contact?.updatedAt]);
  const change = (weeks: CadenceWeeks) => {
    setPending(weeks);
    return messenger.sendMessage('setCadence', { key: contactKey, weeks, profile }).catch((e: unknown) => {
      setPending(null);
      onError(e);
    });
  };
  return (
    <div className="jr-cadence">
      <label htmlFor={id}>{t('jr_cadence')}</label>
      <select
        id={id}
        data-testid="cadence"
        value={String(pending ?? contact?.cadenceWeeks ?? 0)}
        onChange={(e) => void change(Number(e.target.value) as CadenceWeeks)}
      >
        {CADENCE_WEEKS.map((weeks) => (
          <option key={weeks} value={String(weeks)}>
            {weeks === 0 ? t('jr_cadenceNone') : t('jr_cadenceWeeks', weeks)}
          </option>
        ))}
      </select>
    </div>
  );
}
