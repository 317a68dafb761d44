import { useCallback, useState } from 'react';
import { useI18n } from '../common/i18n';
import { messenger } from '../../utils/messaging/messenger';
import type { TimelineEntry } from '../../utils/schemas/contact';
import type { Profile } from '../../utils/schemas/profile';
import { NoteComposer } from './NoteComposer';
import { EventItem, NoteItem } from './TimelineItem';
import { UndoToast } from './UndoToast';
import { useTimeline } from '../common/use-timeline';

/** New note, then the story so far: notes and events together, newest first, each kind recognisable. */
export function NotesTimeline({ profile, onError }: { profile: Profile; onError: (error: unknown) => void }) {
  const { t } = useI18n();
  const { entries, reload } = useTimeline(profile.key);
  const [deleted, setDeleted] = useState<TimelineEntry | null>(null);
  const closeToast = useCallback(() => setDeleted(null), []);

  const edit = async (entry: TimelineEntry, text: string) => {
    try {
      await messenger.sendMessage('editNote', { id: entry.id, text });
      reload();
    } catch (error) {
      onError(error);
    }
  };
  const remove = async (entry: TimelineEntry) => {
    try {
      setDeleted(await messenger.sendMessage('deleteNote', { id: entry.id }));
      reload();
    } catch (error) {
      onError(error);
    }
  };
  const undo = async () => {
    if (!deleted) return;
    const entry = deleted;
    setDeleted(null);
    try {
      await messenger.sendMessage('restoreNote', { entry });
      reload();
    } catch (error) {
      onError(error);
    }
  };

  return (
    <section className="card panel-section" aria-labelledby="sb-notes-title">
      <h2 id="sb-notes-title">{t('sb_notesTitle')}</h2>
      <NoteComposer profile={profile} onSaved={reload} onError={onError} />
      {entries !== undefined &&
        (entries.length === 0 ? (
          <p className="muted small" data-testid="timeline-empty">
            {t('sb_timelineEmpty')}
          </p>
        ) : (
          <ol className="timeline" aria-label={t('sb_timelineLabel')} data-testid="timeline">
            {entries.map((entry) =>
              entry.kind === 'note' ? (
                <NoteItem
                  key={entry.id}
                  entry={entry}
                  onEdit={(text) => edit(entry, text)}
                  onDelete={() => void remove(entry)}
                />
              ) : (
                <EventItem key={entry.id} entry={entry} />
              ),
            )}
          </ol>
        ))}
      {deleted && <UndoToast onUndo={() => void undo()} onClose={closeToast} />}
    </section>
  );
}
