import { describe, expect, it } from 'vitest';
import { isMyProfileEmpty, parseCareerYear } from '../../utils/matching/my-profile';

const NOW = new Date('2025-06-01T12:00:00Z');

describe('parseCareerYear', () => {
  it.each([
    ['', { ok: true, year: null }],
    ['   ', { ok: true, year: null }],
    ['1995', { ok: true, year: 1995 }],
    [' 2025 ', { ok: true, year: 2025 }],
    ['1940', { ok: true, year: 1940 }],
    ['1939', { ok: false }],
    ['2026', { ok: false }],
    ['95', { ok: false }],
    ['199', { ok: false }],
    ['19955', { ok: false }],
    ['1995.5', { ok: false }],
    ['abcd', { ok: false }],
  ])('%j → %j', (text, expected) => {
    expect(parseCareerYear(text, NOW)).toEqual(expected);
  });
});

describe('isMyProfileEmpty', () => {
  it('is empty only without any teach or learn skill', () => {
    expect(isMyProfileEmpty({ teachSkills: [], learnSkills: [] })).toBe(true);
    expect(isMyProfileEmpty({ teachSkills: ['leadership'], learnSkills: [] })).toBe(false);
    expect(isMyProfileEmpty({ teachSkills: [], learnSkills: ['figma'] })).toBe(false);
  });
});
