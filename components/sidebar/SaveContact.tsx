import { useState } from 'react';
import { useI18n } from '../common/i18n';
import { messenger } from '../../utils/messaging/messenger';
import { publishLocally } from '../../utils/messaging/broadcasts';
import type { Contact } from '../../utils/schemas/contact';
import type { Profile } from '../../utils/schemas/profile';

/**
 * Saving is always the user's choice: opening a profile never stores anything by itself. Status and the
 * rest of the relationship live in ContactPanel.
 */
export function SaveContact({ profile, contact }: { profile: Profile; contact: Contact | null | undefined }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await messenger.sendMessage('saveContact', { profile });
      publishLocally('contactsChanged', { keys: [profile.key] });
    } catch (e) {
      setError(t('saveFailed', e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };

  if (contact === undefined) return null;
  if (contact === null) {
    return (
      <div className="actions">
        <button type="button" className="primary" data-testid="save-contact" disabled={busy} onClick={save}>
          {busy ? t('saving') : t('saveContact')}
        </button>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </div>
    );
  }
  return (
    <div className="actions">
      <span className="badge" data-testid="contact-saved">
        ✓ {t('saved')}
      </span>
    </div>
  );
}
