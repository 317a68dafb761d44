/** URL canonicalisation and detection, table-driven: each detector matches its URLs and none of the others'. */
import { describe, expect, it } from 'vitest';
import { adapterFor, adapters, detectDetails, detectProfile } from '../../utils/sites';
import { canonicalLinkedIn, canonicalXing } from '../../utils/sites/canonical';
import { linkedin } from '../../utils/sites/linkedin';
import { xing } from '../../utils/sites/xing';

const ELEANOR = { key: 'linkedin:eleanor-whitcombe-3a91b4', url: 'https://www.linkedin.com/in/eleanor-whitcombe-3a91b4/' };

// Every form of one LinkedIn profile URL → one key.
const ELEANOR_FORMS = [
  'https://www.linkedin.com/in/eleanor-whitcombe-3a91b4/',
  'https://www.linkedin.com/in/eleanor-whitcombe-3a91b4',
  'http://www.linkedin.com/in/eleanor-whitcombe-3a91b4/',
  'https://linkedin.com/in/eleanor-whitcombe-3a91b4/',
  'linkedin.com/in/eleanor-whitcombe-3a91b4',
  'www.linkedin.com/in/eleanor-whitcombe-3a91b4/',
  'https://de.linkedin.com/in/eleanor-whitcombe-3a91b4',
  'https://uk.linkedin.com/in/eleanor-whitcombe-3a91b4/',
  'https://in.linkedin.com/in/eleanor-whitcombe-3a91b4/',
  'https://www.linkedin.com/in/eleanor-whitcombe-3a91b4/?originalSubdomain=uk',
  'https://www.linkedin.com/in/eleanor-whitcombe-3a91b4?trk=public_profile_browsemap-profile',
  'https://www.linkedin.com/in/eleanor-whitcombe-3a91b4/?locale=de_DE',
  'https://www.linkedin.com/in/eleanor-whitcombe-3a91b4/#experience',
  'https://www.linkedin.com/in/eleanor-whitcombe-3a91b4/en/',
  'https://www.linkedin.com/in/eleanor-whitcombe-3a91b4/de',
  'https://www.linkedin.com/in/eleanor-whitcombe-3a91b4/details/experience/',
  'https://www.linkedin.com/in/eleanor-whitcombe-3a91b4/overlay/contact-info/',
  'https://www.linkedin.com/in/eleanor-whitcombe-3a91b4/recent-activity/all/',
  'https://www.linkedin.com/in/Eleanor-Whitcombe-3A91B4/',
  'HTTPS://WWW.LINKEDIN.COM/in/eleanor-whitcombe-3a91b4/',
  '  https://www.linkedin.com/in/eleanor-whitcombe-3a91b4/  ',
  'https://www.linkedin.com/in/%65leanor-whitcombe-3a91b4/',
];

const NON_PROFILES = [
  'https://www.linkedin.com/feed/',
  'https://www.linkedin.com/',
  'https://www.linkedin.com/company/brightwater-logistics/',
  'https://www.linkedin.com/in/',
  'https://www.linkedin.com/in',
  'https://www.linkedin.com/search/results/people/?keywords=eleanor',
  'https://www.linkedin.com/mynetwork/',
  'https://www.linkedin.com/jobs/view/123/',
  'https://www.linkedin.com/school/university-of-westbrook/',
  'https://www.linkedin.com/posts/mila-kowalczyk-4b21a7231_0',
  'https://linkedin.com.evil.com/in/eleanor-whitcombe-3a91b4/',
  'https://evil-linkedin.com/in/eleanor-whitcombe-3a91b4/',
  'https://www.linkedin.co/in/eleanor-whitcombe-3a91b4/',
  'https://example.com/in/eleanor-whitcombe-3a91b4/',
  'ftp://www.linkedin.com/in/eleanor-whitcombe-3a91b4/',
  'javascript:alert(1)//www.linkedin.com/in/x',
  'https://www.linkedin.com/in/%E0%A4%A/', // broken percent-encoding
  'https://www.xing.com/',
  'https://www.xing.com/jobs/augsburg-einkauf-123',
  'https://www.xing.com/profile/',
  'https://www.xing.com/pages/brandtnermaschinenbau',
  'https://www.xing.com.evil.com/profile/Katrin_Hollweg',
  'https://notxing.com/profile/Katrin_Hollweg',
  '',
  'not a url',
  '/in/eleanor-whitcombe-3a91b4/',
];

describe('LinkedIn canonical key and URL', () => {
  it.each(ELEANOR_FORMS)('%s', (form) => {
    expect(canonicalLinkedIn(form)).toEqual({ platform: 'linkedin', ...ELEANOR, isMemberId: false });
  });

  it('decodes percent-encoded slugs and re-encodes them the way LinkedIn does', () => {
    const want = {
      platform: 'linkedin',
      key: 'linkedin:élodie-martin',
      url: 'https://www.linkedin.com/in/%C3%A9lodie-martin/',
      isMemberId: false,
    };
    expect(canonicalLinkedIn('https://www.linkedin.com/in/%C3%A9lodie-martin/')).toEqual(want);
    expect(canonicalLinkedIn('https://fr.linkedin.com/in/%C3%89lodie-Martin')).toEqual(want);
    expect(canonicalLinkedIn('https://www.linkedin.com/in/élodie-martin/')).toEqual(want);
    // NFD (e + combining accent) is the same person as NFC é
    expect(canonicalLinkedIn('https://www.linkedin.com/in/e%CC%81lodie-martin/')?.key).toBe('linkedin:élodie-martin');
  });

  it('keeps different people apart', () => {
    expect(canonicalLinkedIn('https://www.linkedin.com/in/eleanor-whitcombe/')?.key).toBe('linkedin:eleanor-whitcombe');
    expect(canonicalLinkedIn('https://www.linkedin.com/in/eleanor-whitcombe-2/')?.key).toBe('linkedin:eleanor-whitcombe-2');
  });

  it('recognises member-id links, case-sensitive, with their own key', () => {
    const id = 'ACoAAALfqYkBq3xW9mTzP0cR7vLsH2nE4dUoJ1s';
    for (const form of [
      `https://www.linkedin.com/in/${id}`,
      `https://www.linkedin.com/in/${id}/?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3A${id}`,
      `https://de.linkedin.com/in/${id}/details/skills/`,
    ]) {
      expect(canonicalLinkedIn(form)).toEqual({
        platform: 'linkedin',
        key: `linkedin-id:${id}`,
        url: `https://www.linkedin.com/in/${id}/`,
        isMemberId: true,
      });
    }
    expect(canonicalLinkedIn(`https://www.linkedin.com/in/${id.toLowerCase()}`)?.isMemberId).toBe(false);
  });
});

describe('XING canonical key and URL', () => {
  const KATRIN = { platform: 'xing', key: 'xing:katrin_hollweg', url: 'https://www.xing.com/profile/Katrin_Hollweg', isMemberId: false };
  it.each([
    'https://www.xing.com/profile/Katrin_Hollweg',
    'https://www.xing.com/profile/Katrin_Hollweg/',
    'https://www.xing.com/profile/Katrin_Hollweg/cv',
    'https://www.xing.com/profile/Katrin_Hollweg/portfolio?sc_o=da980_e',
    'https://www.xing.com/profile/Katrin_Hollweg?sc_o=mxb_p#about',
    'http://xing.com/profile/Katrin_Hollweg',
    'xing.com/profile/Katrin_Hollweg',
  ])('%s', (form) => {
    expect(canonicalXing(form)).toEqual(KATRIN);
  });

  it('is case-insensitive in the key and keeps the slug as given in the URL', () => {
    expect(canonicalXing('https://www.xing.com/profile/katrin_hollweg')?.key).toBe('xing:katrin_hollweg');
    expect(canonicalXing('https://www.xing.com/profile/katrin_hollweg')?.url).toBe('https://www.xing.com/profile/katrin_hollweg');
  });

  it('keeps the number suffix: Katrin_Hollweg2 is someone else', () => {
    expect(canonicalXing('https://www.xing.com/profile/Katrin_Hollweg2/cv')).toEqual({
      platform: 'xing',
      key: 'xing:katrin_hollweg2',
      url: 'https://www.xing.com/profile/Katrin_Hollweg2',
      isMemberId: false,
    });
  });
});

describe('detect() both ways', () => {
  // Details pages (the full lists) belong to a profile but are not one: detectDetails() recognises them.
  const LINKEDIN_PROFILES = [...ELEANOR_FORMS.filter((u) => !u.includes('/details/')), 'https://www.linkedin.com/in/%C3%A9lodie-martin/', 'https://www.linkedin.com/in/ACoAAALfqYkBq3xW9mTzP0cR7vLsH2nE4dUoJ1s'];
  const XING_PROFILES = ['https://www.xing.com/profile/Katrin_Hollweg', 'https://www.xing.com/profile/Katrin_Hollweg2/cv'];

  it.each(LINKEDIN_PROFILES)('LinkedIn matches %s, XING does not', (u) => {
    expect(linkedin.detect(u)).not.toBeNull();
    expect(xing.detect(u)).toBeNull();
    expect(adapterFor(u)).toBe(linkedin);
    expect(detectProfile(u)?.platform).toBe('linkedin');
  });

  it('a details URL is no profile, but names its person and list', () => {
    const u = 'https://www.linkedin.com/in/eleanor-whitcombe-3a91b4/details/experience/';
    expect(detectProfile(u)).toBeNull();
    expect(adapterFor(u)).toBeNull();
    expect(detectDetails(u)).toMatchObject({ key: 'linkedin:eleanor-whitcombe-3a91b4', section: 'experience' });
    expect(canonicalLinkedIn(u)?.key).toBe('linkedin:eleanor-whitcombe-3a91b4');
  });

  it.each(XING_PROFILES)('XING matches %s, LinkedIn does not', (u) => {
    expect(xing.detect(u)).not.toBeNull();
    expect(linkedin.detect(u)).toBeNull();
    expect(adapterFor(u)).toBe(xing);
    expect(detectProfile(u)?.platform).toBe('xing');
  });

  it.each(NON_PROFILES)('no adapter matches %j', (u) => {
    for (const a of adapters) expect(a.detect(u)).toBeNull();
    expect(adapterFor(u)).toBeNull();
    expect(detectProfile(u)).toBeNull();
  });
});

describe('canonical URLs: the edges of what counts as a profile link', () => {
  it('a protocol-relative link (as in a page\'s href) and a scheme-less one with a URL in its query still count', () => {
    expect(canonicalLinkedIn('//www.linkedin.com/in/eleanor-whitcombe-3a91b4/')).toMatchObject(ELEANOR);
    expect(canonicalLinkedIn('www.linkedin.com/in/eleanor-whitcombe-3a91b4/?next=https://example.com/')).toMatchObject(ELEANOR);
  });

  it('only http and https: a look-alike scheme ending in "https" is no profile link', () => {
    expect(canonicalLinkedIn('web+https://www.linkedin.com/in/eleanor-whitcombe-3a91b4/')).toBeNull();
    expect(canonicalXing('web+http://www.xing.com/profile/Katrin_Hollweg2')).toBeNull();
  });

  it('XING: a slug with spaces or markup, or broken percent-encoding, is no profile (and never throws)', () => {
    expect(canonicalXing('https://www.xing.com/profile/Katrin%20Hollweg2')).toBeNull();
    expect(canonicalXing('https://www.xing.com/profile/Katrin%3Cb%3E')).toBeNull();
    expect(canonicalXing('https://www.xing.com/profile/%E0%A4%A')).toBeNull();
  });
});
