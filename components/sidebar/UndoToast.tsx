import { useEffect, useRef } from 'react';
import { useI18n } from '../common/i18n';

const VISIBLE_MS = 10_000;

/** "Note deleted. Undo": takes the focus so keyboard users can undo at once; disappears after a while. */
export function UndoToast({ onUndo, onClose }: { onUndo: () => void; onClose: () => void }) {
  const { t } = useI18n();
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    undoButton.current?.focus();
    const timer = setTimeout(onClose, VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [onClose]);
  return (
    <div className="toast" role="status" data-testid="undo-toast">
      <span>{t('sb_noteDeleted')}</span>
      <button type="button" ref={undoButton} data-testid="note-undo" onClick={onUndo}>
        {t('sb_undo')}
      </button>
      <button type="button" className="icon" aria-label={t('sb_dismiss')} title={t('sb_dismiss')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
