import { canonicalLinkedIn, canonicalXing } from './canonical';
import { readLinkedInName } from './linkedin-top-card';
import { detectDetails, pageUrl } from './urls';
import { readXingName } from './xing-top';

/**
 * The name a profile URL's page shows now, as its adapter's readName reads it (linkedin.ts, xing.ts), from the tops of
 * the pages only: the content script reads it the moment the URL changes, before the page reader is there, so the
 * reader can later tell the previous person on screen from the new one. Null off profiles; never throws.
 */
export function readShownName(doc: Document, rawUrl: string): string | null {
  try {
    const url = pageUrl(doc, rawUrl);
    if (canonicalXing(url)) return readXingName(doc);
    return !detectDetails(url) && canonicalLinkedIn(url) ? readLinkedInName(doc, url) : null;
  } catch {
    return null;
  }
}
