import { useCallback, useState } from 'react';
import { useI18n } from '../common/i18n';
import type { Contact } from '../../utils/schemas/contact';
import type { Profile } from '../../utils/schemas/profile';
import { NotesTimeline } from './NotesTimeline';
import { RelationshipFields } from './RelationshipFields';
import { SkillTags } from './SkillTags';

/**
 * Tags, relationship and notes for the person on screen (issue 4). Nothing is stored by showing it:
 * the first tag, note or status change creates the contact from the profile.
 */
export function ContactPanel({ profile, contact }: { profile: Profile; contact: Contact | null }) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const onError = useCallback(
    (e: unknown) => setError(t('saveFailed', e instanceof Error ? e.message : String(e))),
    [t],
  );

  return (
    <div className="contact-panel" data-testid="contact-panel">
      {contact === null && (
        <p className="muted small" data-testid="not-saved-hint">
          {t('sb_notSavedHint')}
        </p>
      )}
      {error && (
        <p role="alert" className="error" data-testid="panel-error">
          {error}
        </p>
      )}
      <SkillTags profile={profile} contact={contact} onError={onError} />
      <RelationshipFields profile={profile} contact={contact} onError={onError} />
      <NotesTimeline profile={profile} onError={onError} />
    </div>
  );
}
