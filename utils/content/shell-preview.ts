import { adapterFor, pageUrl, readWall } from '../sites';
import type { ShellPreview } from './sidebar-shell';

/**
 * The person a profile page names at DOMContentLoaded, for the shell (utils/content/sidebar-shell.ts). Null on pages
 * that are no profile, on walls, and while the page has not rendered the name itself (a name guessed from the URL
 * or the title is not shown: those pages wait for the frame).
 */
export function shellPreview(doc: Document, rawUrl: string): ShellPreview | null {
  const url = pageUrl(doc, rawUrl);
  const adapter = adapterFor(url);
  if (!adapter || readWall(doc) || adapter.readName(doc, url) === null) return null;
  const profile = adapter.parse(doc, url);
  return { key: profile.key, name: profile.name, headline: profile.headline ?? '' };
}
