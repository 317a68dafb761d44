/**
 * Which URLs may be stored and later opened by a click (popup rows, notifications, CSV). A backup or a page
 * is written by others: a `javascript:` or `data:` link, or an off-site `https://evil.example/in/x`, must
 * never be stored. Contacts keep exactly the canonical profile URL of their key.
 */
import { canonicalProfile, onHost, plainUrl } from '../sites/canonical';
import type { Platform } from './profile';

const SITE_HOSTS = ['linkedin.com', 'xing.com'] as const;

const onSite = (host: string): boolean => SITE_HOSTS.some((site) => onHost(host, site));

/** https on linkedin.com or xing.com (any subdomain); everything else is refused. */
export function isSafeSiteUrl(url: string): boolean {
  const plain = plainUrl(url);
  if (plain) return plain.https && onSite(plain.host);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) return false;
  return onSite(parsed.hostname.toLowerCase());
}

/** The canonical profile URL for a key alone (XING keeps the lower-case slug, which XING accepts). */
export function urlFromKey(key: string): string | null {
  const colon = key.indexOf(':');
  const kind = key.slice(0, colon);
  const slug = key.slice(colon + 1);
  if (colon < 0 || slug === '') return null;
  const candidate =
    kind === 'linkedin' || kind === 'linkedin-id'
      ? `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`
      : kind === 'xing'
        ? `https://www.xing.com/profile/${encodeURIComponent(slug)}`
        : null;
  const location = candidate ? canonicalProfile(candidate) : null;
  return location && location.key === key ? location.url : null;
}

/**
 * The URL to store for a contact: the canonical form of `candidate` when it is this key's profile (keeps
 * XING's capitalisation), else the one derived from the key; null when the key itself is not a profile key.
 */
export function contactUrlFor(key: string, candidate: string | null | undefined): string | null {
  const location = candidate ? canonicalProfile(candidate) : null;
  if (location && location.key === key) return location.url;
  return urlFromKey(key);
}

/** True when `url` is exactly the canonical profile URL of `key` on `platform`. */
export function isCanonicalUrlOf(url: string, key: string, platform: Platform): boolean {
  if (!isSafeSiteUrl(url)) return false;
  const location = canonicalProfile(url);
  return location !== null && location.key === key && location.url === url && location.platform === platform;
}

/**
 * The link a view may open for a stored contact: its URL when that is the canonical one of its key, else
 * the one derived from the key, else '' (nothing to open). Defence in depth for records stored before URLs
 * were checked, or written around the checks.
 */
export function openableUrl(contact: { key: string; url: string; platform: Platform }): string {
  if (isCanonicalUrlOf(contact.url, contact.key, contact.platform)) return contact.url;
  return urlFromKey(contact.key) ?? '';
}

/** For schemas of views: an https LinkedIn/XING address, or '' for none. */
export const isOpenableOrEmpty = (url: string): boolean => url === '' || isSafeSiteUrl(url);
