import { useId, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../common/i18n';
import { messenger } from '../../utils/messaging/messenger';
import type { Profile } from '../../utils/schemas/profile';
import { NOTE_MAX_LENGTH, noteProblem } from '../../utils/sidebar/timeline';
import { useNoteDraft } from './use-note-draft';

/** The field for a new note. What is typed is kept as a draft until the note is saved. */
export function NoteComposer({
  profile,
  onSaved,
  onError,
}: {
  profile: Profile;
  onSaved: () => void;
  onError: (error: unknown) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const { text, setText, clear } = useNoteDraft(profile.key);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const found = noteProblem(text);
    if (found) {
      setProblem(found === 'empty' ? t('sb_noteEmpty') : t('sb_noteTooLong', NOTE_MAX_LENGTH.toLocaleString()));
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      await messenger.sendMessage('addNote', { key: profile.key, text, profile });
      await clear();
      onSaved();
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  };

  return (
    <div className="note-composer">
      <label htmlFor={`${id}-note`} className="tag-label">
        {t('sb_noteLabel')}
      </label>
      <textarea
        id={`${id}-note`}
        data-testid="note-input"
        dir="auto"
        rows={3}
        value={text}
        placeholder={t('sb_notePlaceholder')}
        aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
        aria-invalid={problem ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          if (problem) setProblem(null);
        }}
        onKeyDown={onKeyDown}
      />
      <div className="composer-row">
        <span id={`${id}-hint`} className="muted small">
          {t('sb_noteHint')}
        </span>
        <button type="button" className="primary" data-testid="note-save" disabled={busy} onClick={() => void save()}>
          {busy ? t('saving') : t('sb_noteSave')}
        </button>
      </div>
      {problem && (
        <p id={`${id}-problem`} role="alert" className="error" data-testid="note-error">
          {problem}
        </p>
      )}
    </div>
  );
}
