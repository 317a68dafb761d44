import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { browser } from 'wxt/browser';
import type { RadarPerson } from '../../utils/radar/radar-schema';
import { isSafeSiteUrl } from '../../utils/schemas/profile-url';

/** A row with a wrapped reason line; measured once shown (rows differ in height). */
const ROW_ESTIMATE = 72;
/** The list scrolls inside its section beyond this, so one long goal does not push the others off the page. */
const LIST_MAX_HEIGHT = 480;

function PersonRow({ person }: { person: RadarPerson }) {
  const open = (e: React.MouseEvent) => {
    e.preventDefault();
    if (isSafeSiteUrl(person.url)) void browser.tabs.create({ url: person.url, active: true });
  };
  return (
    <>
      <a href={person.url} onClick={open}>
        <strong>{person.name}</strong>
      </a>
      <span className={`rd-kind rd-kind-${person.kind}`}>{person.score}</span>
      {person.subtitle && <span className="muted rd-subtitle">{person.subtitle}</span>}
      <span className="rd-reason" data-testid="radar-reason">
        {person.reason}
      </span>
    </>
  );
}

/**
 * The people of one radar section, best first, virtualised like the popup's list: a goal that a few hundred
 * contacts could teach renders only the rows in view (plus a few), so the page's first render does not grow
 * with the network. Rows render in the very first commit (initialRect), before the list is measured.
 */
export function PeopleList({ people }: { people: readonly RadarPerson[] }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: people.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 4,
    initialRect: { width: 360, height: LIST_MAX_HEIGHT },
    getItemKey: (i) => people[i]?.key ?? i,
  });
  return (
    <div ref={scrollRef} className="rd-scroll" style={{ maxHeight: LIST_MAX_HEIGHT }} data-testid="radar-list" data-count={people.length}>
      <ol className="rd-people" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const person = people[item.index]!;
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className="rd-person"
              data-testid="radar-person"
              data-key={person.key}
              data-kind={person.kind}
              data-score={person.score}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <PersonRow person={person} />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
