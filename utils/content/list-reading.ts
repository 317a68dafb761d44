import type { ContentReport } from '../messaging/protocol';
import { readPeople } from '../sites/people';
import type { PeopleListLocation } from '../sites/urls';
import { onDomSettled } from './wait';

/** Lazy sections (experience, skills, lists) render while the user scrolls `main#workspace`; re-read at most this often. */
const REPARSE_INTERVAL_MS = 400;

/** Re-runs `read` on every settled DOM change and reports what differs from the last report. */
export function keepReading(doc: Document, read: () => ContentReport | null, report: (state: ContentReport) => void, signal: AbortSignal): void {
  let lastJson = '';
  const publish = () => {
    const r = read();
    const json = r && JSON.stringify(r);
    if (!r || json === lastJson) return;
    lastJson = json!;
    report(r);
  };
  publish();
  // The whole document, not <body>: an SPA may swap <body> for a new one, whose changes an observer of the old misses.
  onDomSettled(doc.documentElement, REPARSE_INTERVAL_MS, publish, signal);
}

/**
 * Reports the people a list page shows (`url` as pageUrl() gives it), again whenever they change. Part of the content
 * script itself, not of the page reader, so list pages (the network radar's source) need nothing loaded (issue 16).
 * `leftBehind`: the key of a profile still on screen after an in-app switch from it, which is not one of the page's people.
 */
export function followPeopleList(
  doc: Document,
  url: string,
  list: PeopleListLocation,
  report: (state: ContentReport) => void,
  signal: AbortSignal,
  leftBehind: () => string | null = () => null,
): void {
  keepReading(
    doc,
    () => {
      const gone = leftBehind();
      const people = readPeople(doc, url);
      return { status: 'list', url, platform: list.platform, people: gone ? people.filter((p) => p.key !== gone) : people };
    },
    report,
    signal,
  );
}
