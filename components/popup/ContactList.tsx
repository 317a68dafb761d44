import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useI18n } from '../common/i18n';
import type { PopupRow } from '../../utils/network/view-schema';
import type { SkillLabels } from '../../utils/skills/search';
import { ContactRow } from './ContactRow';

/** Typical height of a collapsed row; real heights are measured (expanded rows are taller). */
const ROW_ESTIMATE = 78;
/** What a row takes from the list's width besides its skill line: the ▸ column and paddings (popup.css .pp-row-main, .pp-row-open). */
const ROW_CHROME = 48;
/** The list's width before it is measured: the popup's 460 px less its padding (popup.css). */
const LIST_WIDTH_GUESS = 436;
/** How long after expanding a row the list keeps bringing it into view as its details load and grow. */
const REVEAL_MS = 1500;

/** The element's inner width, kept up to date (the popup is fixed-width, so this rarely changes). */
function useClientWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      if (el.clientWidth > 0) setWidth(el.clientWidth);
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

interface ContactListProps {
  rows: ReadonlyMap<number, PopupRow>;
  total: number;
  resultVersion: number;
  index: SkillLabels;
  expanded: string | null;
  onToggle: (key: string) => void;
  ensureRange: (start: number, end: number) => void;
}

/** Moves keyboard focus to row `i` once it is rendered (it may first have to be scrolled into the window). */
function focusRow(container: HTMLElement, i: number, tries = 6): void {
  const target = container.querySelector<HTMLElement>(`[data-index="${i}"] [data-row-focus]`);
  if (target) target.focus();
  else if (tries > 0) requestAnimationFrame(() => focusRow(container, i, tries - 1));
}

/**
 * The ranked list, virtualised: only the rows in view (plus a few) exist in the DOM, so 10,000 contacts
 * cost what 15 do. ↑/↓, Home/End move between rows; Enter opens a profile; → / ← show or hide details.
 */
export function ContactList({ rows, total, resultVersion, index, expanded, onToggle, ensureRange }: ContactListProps) {
  const { t } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  // Called for every position (10,000) whenever it changes: a new function each render would redo them all
  // on every render, so it changes only with the rows. A row not loaded yet is keyed by its number.
  const getItemKey = useCallback((i: number) => rows.get(i)?.key ?? i, [rows]);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 6,
    // Rows render in the very first commit (before the scroll element is measured).
    initialRect: { width: 460, height: 420 },
    getItemKey,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const skillsWidth = useClientWidth(scrollRef, LIST_WIDTH_GUESS) - ROW_CHROME;

  // An expanded row is brought fully into view (its top first when it is taller than the list). Its height
  // is known only once measured, and grows when the timeline arrives: each new measurement of that row (the
  // virtualizer re-renders on it) checks again, for a short while or until the user scrolls by hand.
  // Scrolling alone never triggers it, so the list does not pull the user back to the row.
  const reveal = useRef<{ key: string; until: number; size: number } | null>(null);
  useEffect(() => {
    reveal.current = expanded ? { key: expanded, until: performance.now() + REVEAL_MS, size: -1 } : null;
  }, [expanded]);
  useEffect(() => {
    const target = reveal.current;
    const el = scrollRef.current;
    if (!target || !el) return;
    if (performance.now() > target.until) {
      reveal.current = null;
      return;
    }
    const item = items.find((it) => it.key === target.key);
    if (!item || item.size === target.size) return;
    target.size = item.size;
    const top = el.scrollTop;
    const height = el.clientHeight;
    if (item.end > top + height) virtualizer.scrollToOffset(Math.min(item.start, item.end - height));
    else if (item.start < top) virtualizer.scrollToOffset(item.start);
  });
  const stopReveal = () => {
    reveal.current = null;
  };

  useEffect(() => {
    if (total > 0) ensureRange(first, last);
  }, [first, last, total, rows, ensureRange]);

  // A new search or filter starts at the top of its results.
  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [resultVersion, virtualizer]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const current = (e.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!current || !scrollRef.current) return;
    const i = Number(current.dataset.index);
    const next =
      e.key === 'ArrowDown' ? i + 1 : e.key === 'ArrowUp' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? total - 1 : null;
    if (next === null || (e.target as HTMLElement).closest('.pp-details')) return;
    e.preventDefault();
    const target = Math.max(0, Math.min(total - 1, next));
    virtualizer.scrollToIndex(target, { align: 'auto' });
    focusRow(scrollRef.current, target);
  };

  return (
    <div ref={scrollRef} className="pp-list" role="list" aria-label={t('pp_listLabel')} onKeyDown={onKeyDown} onWheel={stopReveal} onTouchMove={stopReveal} data-testid="pp-list">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const row = rows.get(item.index);
          return (
            <div
              key={item.key}
              role="listitem"
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="pp-slot"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {row ? (
                <ContactRow row={row} index={index} expanded={expanded === row.key} onToggle={onToggle} skillsWidth={skillsWidth} />
              ) : (
                <div className="pp-row pp-row-pending" aria-busy="true">
                  {t('loading')}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
