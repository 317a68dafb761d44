import { useCallback, useEffect, useRef, useState } from 'react';
import { messenger } from '../../utils/messaging/messenger';
import { storedFirstPage } from '../../utils/popup/stored-first-page';
import type { StoredPopupState } from '../../utils/popup/stored-popup-state';
import type { PopupRow, PopupSummary, PopupView, QueryContactsOutput } from '../../utils/network/view-schema';
import { subscribe } from '../../utils/messaging/broadcasts';
import { createEarlyRequest } from '../common/early-request';
import { afterNextPaint } from '../../utils/ui/after-next-paint';

/** Rows per request: a few screens, so scrolling rarely waits and one answer stays small. */
export const PAGE_SIZE = 25;
/** How long the background's first page waits for the stored one to be painted, where no frame comes. */
const MAX_WAIT_FOR_PAINT_MS = 100;

export interface NetworkQuery {
  /** null until the background has answered the first time (with the view remembered from last time). */
  view: PopupView | null;
  /** Rows by list position; positions not loaded yet are missing. */
  rows: ReadonlyMap<number, PopupRow>;
  total: number;
  summary: PopupSummary | null;
  /** Increases with every new result set (not with extra pages): the list scrolls to the top on it. */
  resultVersion: number;
  setView: (view: PopupView) => void;
  /** Makes sure the rows in [start, end] are loaded (the virtual list calls it as it scrolls). */
  ensureRange: (start: number, end: number) => void;
}

const askFirstPage = () => messenger.sendMessage('queryContacts', { offset: 0, limit: PAGE_SIZE });

interface FirstPage {
  /** The background's answer. */
  answer: Promise<QueryContactsOutput>;
  /** The same answer from the background's stored snapshot, when it holds it: usually much sooner. */
  stored: Promise<QueryContactsOutput | null> | null;
  /** `stored`'s answer once it is there: when that is before the first render, the first render shows its rows. */
  storedReady: QueryContactsOutput | null;
}

const early = createEarlyRequest<FirstPage>();

/**
 * Asks for the first page of the remembered view before React renders (call it first thing in the popup's
 * entry): the background, often just woken up, works on it meanwhile, and the snapshot is read from
 * storage (`storedState`: that read, when the entry started it even sooner). The first mount uses these,
 * unless a change was broadcast before then (the list would not hear of it: it subscribes on mount).
 */
export function prefetchFirstPage(storedState?: Promise<StoredPopupState>): void {
  early.start(() => {
    const stored = storedFirstPage(PAGE_SIZE, Date.now, storedState).catch((error: unknown) => {
      console.warn('could not read the stored first page', error);
      return null;
    });
    const first: FirstPage = { answer: askAfterStoredShown(stored), stored: null, storedReady: null };
    first.stored = stored.then((answer) => (first.storedReady = answer));
    return first;
  });
}

/**
 * With a stored first page the background is asked only once it is painted: asked at once, a background that was
 * stopped (as Chrome stops an idle service worker) started up in the same renderer process while the popup was
 * evaluating and rendering. Alternating opens after a worker restart (12 each, three runs, load 2.5–5.8): first rows
 * 304 / 304 / 373 → 248 / 238 / 249 ms; warm opens 210 → 225 ms, within their spread. Its answer, which corrects a
 * stored page that missed a change, comes a frame later. Without a stored page it is asked right away.
 */
function askAfterStoredShown(stored: Promise<QueryContactsOutput | null>): Promise<QueryContactsOutput> {
  return stored
    .then((answer) => (answer ? afterNextPaint(window, MAX_WAIT_FOR_PAINT_MS) : undefined))
    .then(askFirstPage);
}

function firstPage(): FirstPage {
  return early.take() ?? { answer: askFirstPage(), stored: null, storedReady: null };
}

const NO_ROWS: State = { view: null, rows: new Map(), total: 0, summary: null, resultVersion: 0 };

/** The list's state showing `answer` (a first page). */
function showing(answer: QueryContactsOutput): State {
  const rows = new Map<number, PopupRow>();
  answer.rows.forEach((row, i) => rows.set(answer.offset + i, row));
  return { view: answer.view, rows, total: answer.total, summary: answer.summary, resultVersion: 0 };
}

interface State {
  view: PopupView | null;
  rows: Map<number, PopupRow>;
  total: number;
  summary: PopupSummary | null;
  resultVersion: number;
}

/**
 * The popup's list, asked of the background page by page. Every change of the view starts a new result
 * set; answers to an older one are dropped, so fast typing never shows stale results.
 */
export function useNetworkQuery(): NetworkQuery {
  // The stored first page, if it was read before this first render (on a first open it usually is): its rows are
  // in the first commit, with no empty render and second pass before them.
  const [mountAnswer] = useState(() => early.peek()?.storedReady ?? null);
  const [state, setState] = useState<State>(() => (mountAnswer ? showing(mountAnswer) : NO_ROWS));
  const version = useRef(0);
  const viewRef = useRef<PopupView | null>(state.view);
  const pending = useRef(new Set<number>());

  /** `fresh`: a new result set (older answers are dropped); `newView`: it also starts at the top of the list. */
  const run = useCallback((view: PopupView | undefined, offset: number, fresh: boolean, newView = fresh) => {
    if (fresh) {
      version.current += 1;
      pending.current.clear();
    }
    const asked = version.current;
    pending.current.add(offset);
    /** `replace`: the rows start afresh (else the page is added to those loaded). */
    const show = (result: QueryContactsOutput, replace: boolean) => {
      viewRef.current = result.view;
      setState((prev) => {
        const rows = replace ? new Map<number, PopupRow>() : new Map(prev.rows);
        result.rows.forEach((row, i) => rows.set(result.offset + i, row));
        return {
          view: fresh ? result.view : prev.view,
          rows,
          total: result.total,
          summary: result.summary,
          resultVersion: newView ? asked : prev.resultVersion,
        };
      });
    };
    let request: Promise<QueryContactsOutput>;
    let shownEarly = false;
    if (view === undefined && offset === 0) {
      const first = firstPage();
      request = first.answer;
      void first.stored?.then((stored) => {
        if (!stored || asked !== version.current || !pending.current.has(offset)) return;
        shownEarly = true;
        if (stored !== mountAnswer) show(stored, true);
      });
    } else {
      request = messenger.sendMessage('queryContacts', { view, offset, limit: PAGE_SIZE });
    }
    request
      .then((result) => {
        if (asked !== version.current) return;
        pending.current.delete(offset);
        // The same rows as the stored answer shown already: keep pages loaded meanwhile.
        show(result, fresh && !shownEarly);
      })
      .catch((error: unknown) => {
        pending.current.delete(offset);
        console.warn('queryContacts failed', error);
      });
  }, []);

  useEffect(() => {
    run(undefined, 0, true);
    // A contact changed (maybe in this popup): same view, fresh rows, the list stays where it is.
    const reload = () => run(viewRef.current ?? undefined, 0, true, false);
    const offContacts = subscribe('contactsChanged', reload);
    const offSettings = subscribe('settingsChanged', reload);
    return () => {
      offContacts();
      offSettings();
    };
  }, [run]);

  const setView = useCallback(
    (view: PopupView) => {
      viewRef.current = view;
      // The input shows what was typed at once; rows follow when the background answers.
      setState((prev) => ({ ...prev, view }));
      run(view, 0, true);
    },
    [run],
  );

  const rowsRef = useRef(state.rows);
  rowsRef.current = state.rows;
  const ensureRange = useCallback(
    (start: number, end: number) => {
      const view = viewRef.current;
      if (!view) return;
      for (let page = Math.floor(start / PAGE_SIZE) * PAGE_SIZE; page <= end; page += PAGE_SIZE) {
        if (!rowsRef.current.has(page) && !pending.current.has(page)) run(view, page, false);
      }
    },
    [run],
  );

  return { ...state, setView, ensureRange };
}
