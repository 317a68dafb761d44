import { parseProfile } from '../sites';
import { LIMITS, truncate } from '../schemas/limits';
import type { ShellPreview } from './sidebar-shell';

/**
 * The person a profile page names at DOMContentLoaded, for the shell (utils/content/sidebar-shell.ts); null on
 * pages that are no profile, walls, and pages whose person renders later (those wait for the frame). Cut to the
 * stored limits, as everything read from a page is.
 */
export function shellPreview(doc: Document, url: string): ShellPreview | null {
  const profile = parseProfile(doc, url);
  if (!profile?.name) return null;
  return { key: profile.key, name: truncate(profile.name, LIMITS.name), headline: truncate(profile.headline ?? '', LIMITS.shortText) };
}
