/**
 * One key per person, whatever form of the profile URL was visited. Runs in the content script: no dependencies.
 *
 * LinkedIn, all → key `linkedin:eleanor-whitcombe`, url `https://www.linkedin.com/in/eleanor-whitcombe/`:
 *   http://linkedin.com/in/eleanor-whitcombe · https://de.linkedin.com/in/Eleanor-Whitcombe/?originalSubdomain=uk
 *   https://www.linkedin.com/in/eleanor-whitcombe/en/ · …/in/eleanor-whitcombe/details/experience/ · …#about
 *   linkedin.com/in/%C3%A9lodie-martin → key `linkedin:élodie-martin`, url …/in/%C3%A9lodie-martin/
 * LinkedIn member-id links (`/in/ACoAA…`) → key `linkedin-id:ACoAA…` (case kept), isMemberId true.
 * XING: https://www.xing.com/profile/Katrin_Hollweg2/cv?sc_o=x → key `xing:katrin_hollweg2`,
 *   url `https://www.xing.com/profile/Katrin_Hollweg2`.
 * Anything else (feed, company pages, `/in/` without slug, look-alike hosts) → null.
 */
import type { ProfileLocation } from './types';

/** Host and path segments of an absolute or scheme-less URL; null when it does not parse. */
function split(raw: string): { host: string; parts: string[] } | null {
  const s = raw.trim();
  let u: URL;
  try {
    u = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(s) ? s : `https://${s.replace(/^\/+/, '')}`);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(u.protocol)) return null;
  return { host: u.hostname.toLowerCase(), parts: u.pathname.split('/').filter(Boolean) };
}

const onHost = (host: string, site: string): boolean => host === site || host.endsWith(`.${site}`);

function decode(s: string): string | null {
  try {
    return decodeURIComponent(s).normalize('NFC');
  } catch {
    return null;
  }
}

// A slug is one path segment: no spaces, no URL or markup punctuation (non-ASCII letters are fine).
const SLUG = /^[^\s/\\?#%<>"'`{}|^[\]@:;,!$&*()+=]+$/;
// LinkedIn member ids: ACoAA… (members), ACwAA… (Sales Navigator links to members).
const MEMBER_ID = /^AC[ow]AA[\w-]+$/;

export function canonicalLinkedIn(url: string): ProfileLocation | null {
  const p = split(url);
  if (!p || !onHost(p.host, 'linkedin.com') || p.parts[0]?.toLowerCase() !== 'in' || !p.parts[1]) return null;
  const slug = decode(p.parts[1]);
  if (!slug || !SLUG.test(slug)) return null;
  if (MEMBER_ID.test(slug)) {
    return { platform: 'linkedin', key: `linkedin-id:${slug}`, url: `https://www.linkedin.com/in/${slug}/`, isMemberId: true };
  }
  const lower = slug.toLowerCase();
  return {
    platform: 'linkedin',
    key: `linkedin:${lower}`,
    url: `https://www.linkedin.com/in/${encodeURIComponent(lower)}/`,
    isMemberId: false,
  };
}

export function canonicalXing(url: string): ProfileLocation | null {
  const p = split(url);
  if (!p || !onHost(p.host, 'xing.com') || p.parts[0]?.toLowerCase() !== 'profile' || !p.parts[1]) return null;
  const slug = decode(p.parts[1]);
  if (!slug || !SLUG.test(slug)) return null;
  return {
    platform: 'xing',
    key: `xing:${slug.toLowerCase()}`,
    url: `https://www.xing.com/profile/${encodeURIComponent(slug)}`,
    isMemberId: false,
  };
}

/** Either site. */
export const canonicalProfile = (url: string): ProfileLocation | null => canonicalLinkedIn(url) ?? canonicalXing(url);
