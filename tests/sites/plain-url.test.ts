/**
 * plainUrl() reads plain URLs without the URL parser (an import's hot path). Whatever it accepts, it must read
 * exactly as the URL parser does; what it cannot vouch for it must leave to the parser.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalProfile, plainUrl } from '../../utils/sites/canonical';
import { isSafeSiteUrl } from '../../utils/schemas/profile-url';

/** What the URL parser makes of the same text, in plainUrl's shape. */
function parsed(url: string): { https: boolean; host: string; parts: string[] } | null {
  try {
    const u = new URL(url);
    return { https: u.protocol === 'https:', host: u.hostname, parts: u.pathname.split('/').filter(Boolean) };
  } catch {
    return null;
  }
}

// Mostly plain pieces, with odd ones mixed in to reach every edge the fast path must refuse: dot segments,
// escapes, ports, users, IDN, IP addresses, queries, fragments, backslashes, whitespace, doubled slashes.
// About one generated URL in six is plain.
const mostly = (plain: string[], odd: string[]) =>
  fc.oneof({ arbitrary: fc.constantFrom(...plain), weight: 5 }, { arbitrary: fc.constantFrom(...odd), weight: 1 });
const scheme = mostly(['https://', 'http://', 'HTTPS://', 'Http://'], ['ftp://', 'javascript:', 'https:/', '']);
const hostPiece = mostly(
  ['www.', 'de.', 'linkedin.com', 'LinkedIn.COM', 'xing.com', 'a-b', '9'],
  ['xn--bcher-kva.', 'XN--', '127.0.0.1', '0x7f.1', '.123', '.', ':443', ':8080', 'user@', '_', ' ', 'é'],
);
const pathPiece = mostly(
  ['/', '/in/', '/profile/', 'eleanor-whitcombe', 'Katrin_Hollweg2', 'ACoAAB1x', '~x', '-', '.x', 'a'],
  ['//', '.', '..', '/./', '/../', '%2e', '%C3%A9', 'é', '?a=1', '?', '#top', '\\', ' ', '\t'],
);
const urlLike = fc
  .tuple(scheme, fc.array(hostPiece, { minLength: 1, maxLength: 3 }), fc.array(pathPiece, { maxLength: 6 }))
  .map(([start, host, path]) => start + host.join('') + path.join(''));

describe('plainUrl', () => {
  it('reads the forms an export and stored contacts use, without changing them', () => {
    expect(plainUrl('https://www.linkedin.com/in/eleanor-whitcombe-3a91b4/')).toEqual({
      https: true,
      host: 'www.linkedin.com',
      parts: ['in', 'eleanor-whitcombe-3a91b4'],
    });
    expect(plainUrl('HTTP://WWW.XING.COM/profile/Katrin_Hollweg2')).toEqual({
      https: false,
      host: 'www.xing.com',
      parts: ['profile', 'Katrin_Hollweg2'],
    });
    expect(plainUrl('https://linkedin.com')).toEqual({ https: true, host: 'linkedin.com', parts: [] });
  });

  it.each([
    'https://www.linkedin.com/in/a/../b/',
    'https://www.linkedin.com/in/%65leanor/',
    'https://www.linkedin.com:8080/in/a/',
    'https://user@www.linkedin.com/in/a/',
    'https://xn--bcher-kva.linkedin.com/in/a/',
    'https://127.0.0.1/in/a/',
    'https://www.linkedin.com/in/a/?trk=x',
    'https://www.linkedin.com/in/a/#x',
    'https://www.linkedin.com//in/a/',
    'https://www.linkedin.com/in/a b/',
    'linkedin.com/in/a',
    'javascript://www.linkedin.com/in/a',
  ])('leaves %s to the URL parser', (url) => {
    expect(plainUrl(url)).toBeNull();
  });

  it('agrees with the URL parser on every URL it accepts', () => {
    fc.assert(
      fc.property(urlLike, (url) => {
        const plain = plainUrl(url);
        if (plain) expect(plain).toEqual(parsed(url));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives canonicalProfile and isSafeSiteUrl the answers the URL parser gives', () => {
    // The same text with an empty query appended takes the parser's road and names the same page.
    fc.assert(
      fc.property(urlLike, (url) => {
        if (!plainUrl(url)) return;
        const viaParser = `${url}?`;
        expect(plainUrl(viaParser)).toBeNull();
        expect(canonicalProfile(url)).toEqual(canonicalProfile(viaParser));
        expect(isSafeSiteUrl(url)).toBe(isSafeSiteUrl(viaParser));
      }),
      { numRuns: 3000 },
    );
  });
});
