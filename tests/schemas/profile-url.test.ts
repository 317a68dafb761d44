import { describe, expect, it } from 'vitest';
import { contactUrlFor, isCanonicalUrlOf, isSafeSiteUrl, openableUrl, urlFromKey } from '../../utils/schemas/profile-url';
import { ContactSchema } from '../../utils/schemas/contact';
import { ProfileSchema } from '../../utils/schemas/profile';
import { LIMITS, MAX_EPOCH_MS, truncate } from '../../utils/schemas/limits';
import { contact } from '../data/helpers';
import { makeProfile } from '../support/profiles';

const HOSTILE_URLS = [
  'javascript:alert(document.domain)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'https://evil.example/in/ada-example/',
  'https://linkedin.com.evil.example/in/ada-example/',
  'https://evil.example/?https://www.linkedin.com/in/ada-example/',
  'http://www.linkedin.com/in/ada-example/',
  'https://user:pw@www.linkedin.com/in/ada-example/',
  'https://www.linkedin.com:8443/in/ada-example/',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '',
];

describe('stored URLs', () => {
  it('isSafeSiteUrl: only https on linkedin.com / xing.com', () => {
    expect(isSafeSiteUrl('https://www.linkedin.com/in/ada-example/')).toBe(true);
    expect(isSafeSiteUrl('https://de.linkedin.com/in/ada-example')).toBe(true);
    expect(isSafeSiteUrl('https://www.xing.com/profile/Katrin_Hollweg2')).toBe(true);
    for (const url of HOSTILE_URLS) expect(isSafeSiteUrl(url), url).toBe(false);
  });

  it('a contact accepts exactly the canonical URL of its key, nothing else', () => {
    expect(ContactSchema.safeParse(contact({ key: 'linkedin:ada-example' })).success).toBe(true);
    for (const url of [...HOSTILE_URLS, 'https://www.linkedin.com/in/someone-else/', 'https://de.linkedin.com/in/ada-example/']) {
      const parsed = ContactSchema.safeParse(contact({ key: 'linkedin:ada-example', url }));
      expect(parsed.success, url).toBe(false);
      expect(parsed.error?.issues[0]?.path).toEqual(['url']);
    }
  });

  it('a contact key must be a profile key; the profile snapshot must be of the same person', () => {
    expect(ContactSchema.safeParse(contact({ key: 'javascript:alert(1)', url: 'https://www.linkedin.com/in/x/' })).success).toBe(false);
    const other = makeProfile({ key: 'linkedin:someone-else', url: 'https://www.linkedin.com/in/someone-else/' });
    expect(ContactSchema.safeParse(contact({ key: 'linkedin:ada-example', profile: other })).success).toBe(false);
  });

  it('URLs are derived from the key: member ids, non-ASCII slugs and XING capitalisation', () => {
    expect(urlFromKey('linkedin:ada-example')).toBe('https://www.linkedin.com/in/ada-example/');
    expect(urlFromKey('linkedin:élodie-martin')).toBe('https://www.linkedin.com/in/%C3%A9lodie-martin/');
    expect(urlFromKey('linkedin-id:ACoAAB12cd')).toBe('https://www.linkedin.com/in/ACoAAB12cd/');
    expect(urlFromKey('xing:katrin_hollweg2')).toBe('https://www.xing.com/profile/katrin_hollweg2');
    expect(urlFromKey('evil:x')).toBeNull();
    expect(contactUrlFor('xing:katrin_hollweg2', 'https://www.xing.com/profile/Katrin_Hollweg2/cv')).toBe('https://www.xing.com/profile/Katrin_Hollweg2');
    expect(contactUrlFor('linkedin:ada-example', 'https://evil.example/in/ada-example/')).toBe('https://www.linkedin.com/in/ada-example/');
    expect(isCanonicalUrlOf('https://www.xing.com/profile/Katrin_Hollweg2', 'xing:katrin_hollweg2', 'xing')).toBe(true);
    expect(isCanonicalUrlOf('https://www.xing.com/profile/Katrin_Hollweg2', 'xing:katrin_hollweg2', 'linkedin')).toBe(false);
  });

  it('openableUrl falls back to the key’s URL for a record stored around the checks', () => {
    expect(openableUrl({ key: 'linkedin:ada-example', platform: 'linkedin', url: 'javascript:alert(1)' })).toBe('https://www.linkedin.com/in/ada-example/');
    expect(openableUrl({ key: 'weird', platform: 'linkedin', url: 'data:,x' })).toBe('');
  });

  it('a parsed profile may only carry an https LinkedIn/XING URL', () => {
    expect(ProfileSchema.safeParse(makeProfile()).success).toBe(true);
    for (const url of HOSTILE_URLS) expect(ProfileSchema.safeParse({ ...makeProfile(), url }).success, url).toBe(false);
  });
});

describe('bounds', () => {
  it('timestamps: MAX_SAFE_INTEGER and dates that cannot be formatted are refused', () => {
    for (const field of ['updatedAt', 'createdAt', 'statusChangedAt', 'followUpAt'] as const) {
      expect(ContactSchema.safeParse(contact({ key: 'linkedin:a', [field]: Number.MAX_SAFE_INTEGER })).success, field).toBe(false);
    }
    expect(ContactSchema.safeParse(contact({ key: 'linkedin:a', followUpAt: MAX_EPOCH_MS })).success).toBe(true);
    expect(() => new Date(MAX_EPOCH_MS).toISOString()).not.toThrow();
  });

  it('strings and lists are bounded', () => {
    const long = (n: number) => 'x'.repeat(n + 1);
    expect(ContactSchema.safeParse(contact({ key: 'linkedin:a', name: long(LIMITS.name) })).success).toBe(false);
    expect(ContactSchema.safeParse(contact({ key: 'linkedin:a', headline: long(LIMITS.shortText) })).success).toBe(false);
    expect(ContactSchema.safeParse(contact({ key: 'linkedin:a', teachSkills: Array.from({ length: LIMITS.tags + 1 }, (_, i) => `s${i}`) })).success).toBe(false);
    expect(ProfileSchema.safeParse({ ...makeProfile(), about: long(LIMITS.about) }).success).toBe(false);
    expect(ProfileSchema.safeParse({ ...makeProfile(), skills: Array(LIMITS.skills + 1).fill('x') }).success).toBe(false);
  });

  it('truncate never splits a surrogate pair', () => {
    expect(truncate('ab😀', 3)).toBe('ab');
    expect(truncate('abc', 5)).toBe('abc');
  });
});
