import { useEffect, useMemo, useRef, useState } from 'react';
import { clearNoteDraft, createDraftSaver, loadNoteDraft } from '../../utils/sidebar/note-draft';

/**
 * The text of the note being written for `contactKey`, autosaved (debounced) into storage.local and
 * restored when the sidebar opens again. Written at once when the page is hidden or closed.
 */
export function useNoteDraft(contactKey: string): {
  text: string;
  setText: (text: string) => void;
  /** The note was saved: empty the field and forget the draft. */
  clear: () => Promise<void>;
} {
  const [text, setTextState] = useState('');
  const saver = useMemo(() => createDraftSaver(), []);
  const typed = useRef(false);

  useEffect(() => {
    typed.current = false;
    let active = true;
    void loadNoteDraft(contactKey).then((draft) => {
      // What the user typed while the draft was loading wins.
      if (active && !typed.current) setTextState(draft);
    });
    const flush = () => void saver.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      active = false;
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [contactKey, saver]);

  return {
    text,
    setText: (next) => {
      typed.current = true;
      setTextState(next);
      saver.schedule(contactKey, next);
    },
    clear: async () => {
      saver.cancel();
      setTextState('');
      await clearNoteDraft(contactKey);
    },
  };
}
