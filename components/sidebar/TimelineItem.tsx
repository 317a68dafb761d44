import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../common/i18n';
import type { TimelineEntry } from '../../utils/schemas/contact';
import { describeEvent, formatEntryDate, noteProblem, notePreview, wasEdited } from '../../utils/sidebar/timeline';

function EntryTime({ ms, id }: { ms: number; id?: string }) {
  const { lang } = useI18n();
  return (
    <time id={id} className="entry-time" dateTime={new Date(ms).toISOString()}>
      {formatEntryDate(ms, lang)}
    </time>
  );
}

/** An event the extension recorded (saved, status changed, outreach copied, follow-up set). */
export function EventItem({ entry }: { entry: TimelineEntry }) {
  const { lang, t } = useI18n();
  const { key, args } = describeEvent(entry, lang);
  const text = t(key, ...args.map((arg) => (typeof arg === 'string' ? arg : t(arg.messageKey))));
  return (
    <li className="timeline-entry event" data-testid="timeline-event" data-event={entry.event ?? ''}>
      <span className="event-dot" aria-hidden="true" />
      <span className="event-text">{text}</span>
      <EntryTime ms={entry.createdAt} />
      {entry.session && <SessionDetails session={entry.session} />}
    </li>
  );
}

/** What a logged session says: notes and what each side learned, as plain text. */
function SessionDetails({ session }: { session: NonNullable<TimelineEntry['session']> }) {
  const { t } = useI18n();
  const lines: [string, string][] = [
    ['', session.notes],
    [t('jr_logILearned'), session.iLearned],
    [t('jr_logTheyLearned'), session.theyLearned],
  ];
  return (
    <span className="session-details" data-testid="session-details">
      {lines
        .filter(([, value]) => value !== '')
        .map(([label, value]) => (
          <span key={label} className="session-line">
            {label && <strong>{label}: </strong>}
            {value}
          </span>
        ))}
    </span>
  );
}

/** A note: plain text with its line breaks, editable and deletable. Never rendered as markup. */
export function NoteItem({
  entry,
  onEdit,
  onDelete,
}: {
  entry: TimelineEntry;
  onEdit: (text: string) => Promise<void>;
  onDelete: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(entry.text);
  const [problem, setProblem] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const editRef = useRef<HTMLTextAreaElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const preview = notePreview(entry.text);

  useEffect(() => {
    if (editing) editRef.current?.focus();
  }, [editing]);

  const stopEditing = () => {
    setEditing(false);
    setProblem(false);
    // Back to where the keyboard user was.
    requestAnimationFrame(() => editButton.current?.focus());
  };
  const saveEdit = async () => {
    if (noteProblem(draft)) return setProblem(true);
    if (draft !== entry.text) await onEdit(draft);
    stopEditing();
  };

  return (
    <li className="timeline-entry note" data-testid="note-item" data-note-id={entry.id}>
      <div className="entry-head">
        <EntryTime ms={entry.createdAt} id={`${id}-time`} />
        {wasEdited(entry) && <span className="muted small"> · {t('sb_edited')}</span>}
        {!editing && (
          <span className="entry-actions">
            <button
              type="button"
              ref={editButton}
              className="link"
              data-testid="note-edit"
              // Every note has "Edit"/"Delete": the date tells screen-reader users which note they act on.
              aria-describedby={`${id}-time`}
              onClick={() => {
                setDraft(entry.text);
                setEditing(true);
              }}
            >
              {t('sb_edit')}
            </button>
            <button
              type="button"
              className="link danger"
              data-testid="note-delete"
              aria-describedby={`${id}-time`}
              onClick={onDelete}
            >
              {t('sb_delete')}
            </button>
          </span>
        )}
      </div>
      {editing ? (
        <div className="note-edit">
          <label htmlFor={`${id}-edit`} className="visually-hidden">
            {t('sb_editNoteLabel')}
          </label>
          <textarea
            id={`${id}-edit`}
            ref={editRef}
            dir="auto"
            rows={Math.min(10, Math.max(3, draft.split('\n').length))}
            data-testid="note-edit-input"
            value={draft}
            aria-invalid={problem || undefined}
            onChange={(e) => {
              setDraft(e.target.value);
              setProblem(false);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                stopEditing();
              } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                void saveEdit();
              }
            }}
          />
          {problem && (
            <p role="alert" className="error">
              {t('sb_noteEmpty')}
            </p>
          )}
          <div className="composer-row">
            <button type="button" data-testid="note-edit-cancel" onClick={stopEditing}>
              {t('sb_cancel')}
            </button>
            <button type="button" className="primary" data-testid="note-edit-save" onClick={() => void saveEdit()}>
              {t('sb_saveEdit')}
            </button>
          </div>
        </div>
      ) : (
        <>
          <p className="note-text" dir="auto" data-testid="note-text">
            {expanded ? entry.text : preview.text}
          </p>
          {preview.truncated && (
            <button
              type="button"
              className="link"
              aria-expanded={expanded}
              onClick={() => setExpanded((value) => !value)}
            >
              {expanded ? t('sb_showLess') : t('sb_showAll')}
            </button>
          )}
        </>
      )}
    </li>
  );
}
