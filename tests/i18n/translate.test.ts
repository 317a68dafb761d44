import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import de from '../../locales/de.json';
import { resolveLanguage, translate } from '../../utils/i18n/translate';

describe('locales', () => {
  it('German has exactly the English keys, none empty', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(de)) expect(value, key).not.toBe('');
  });

  it('every German text uses the same $n placeholders as its English original', () => {
    const placeholders = (s: string) => (s.match(/\$\d/g) ?? []).sort().join(',');
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(de[key]), key).toBe(placeholders(en[key]));
    }
  });
});

describe('resolveLanguage', () => {
  it.each([
    ['auto', 'de-DE', 'de'],
    ['auto', 'de-CH', 'de'],
    ['auto', 'de', 'de'],
    ['auto', 'en-GB', 'en'],
    ['auto', 'fr-FR', 'en'],
    ['en', 'de-DE', 'en'],
    ['de', 'en-US', 'de'],
  ] as const)('%s with browser %s → %s', (preference, browserLanguage, expected) => {
    expect(resolveLanguage(preference, browserLanguage)).toBe(expected);
  });
});

describe('translate', () => {
  it('fills placeholders in the chosen language', () => {
    expect(translate('en', 'currentPosition', 'CTO', 'Acme')).toBe('CTO at Acme');
    expect(translate('de', 'currentPosition', 'CTO', 'Acme')).toBe('CTO bei Acme');
    expect(translate('de', 'careerSince', 1999)).toBe('Berufstätig seit 1999');
  });
});
