import { canonicalLinkedIn, canonicalXing } from '../sites/canonical';
import { readTopCard } from '../sites/linkedin-top-card';
import { LIMITS, truncate } from '../schemas/limits';
import { readShownName } from '../sites/shown-name';
import { orNull, text } from '../sites/text';
import { detectDetails, pageUrl } from '../sites/urls';
import { readWall } from '../sites/wall';
import { occupationOf, readName, xingIdBox } from '../sites/xing-top';
import type { ShellPreview } from './sidebar-shell';

/**
 * The person a profile page names, for the shell (utils/content/sidebar-shell.ts). Null on pages
 * that are no profile, on walls, and while the page has not rendered the name itself (a name guessed from the URL
 * or the title is not shown: those pages wait for the frame).
 *
 * Reads only the top of the page (utils/sites/*-top*.ts), the same functions the full parse starts with, so the shell
 * and the profile the frame shows next agree; the rest of the reader is not in the content script (page-reader.ts).
 */
export function shellPreview(doc: Document, rawUrl: string): ShellPreview | null {
  try {
    return readPreview(doc, rawUrl);
  } catch {
    // A page we did not foresee: the frame shows it once the page reader has parsed it.
    return null;
  }
}

function readPreview(doc: Document, rawUrl: string): ShellPreview | null {
  const url = pageUrl(doc, rawUrl);
  if (readWall(doc) || readShownName(doc, url) === null) return null;
  const linkedin = detectDetails(url) ? null : canonicalLinkedIn(url);
  if (linkedin) {
    const top = readTopCard(doc, linkedin);
    return preview(linkedin.key, top.name, top.headline);
  }
  const xing = canonicalXing(url);
  return xing ? preview(xing.key, readName(doc), text(occupationOf(xingIdBox(doc)))) : null;
}

/** Cut like the parsed profile (utils/sites/cap.ts): the frame then shows the same text. */
function preview(key: string, name: string | null, headline: string | null): ShellPreview | null {
  const n = orNull(name);
  return n ? { key, name: truncate(n, LIMITS.name), headline: truncate(orNull(headline) ?? '', LIMITS.shortText) } : null;
}
