import { describe, expect, it } from 'vitest';
import { matchStrength } from '../../utils/matching/strength';
import { scoreMatch } from '../../utils/matching/score';

describe('matchStrength', () => {
  it('reads the score bands at their edges', () => {
    expect([0, 34, 35, 59, 60, 100].map(matchStrength)).toEqual(['weak', 'weak', 'promising', 'promising', 'strong', 'strong']);
  });

  it('calls a one-way match from profile skills weak, and a tagged two-way exchange strong', () => {
    const profileOnly = scoreMatch([{ id: 'a', evidence: 'complementary' }], [], 'reverse');
    const exchange = scoreMatch(
      [{ id: 'a', evidence: 'tagged' }, { id: 'b', evidence: 'tagged' }],
      [{ id: 'c', evidence: 'tagged' }, { id: 'd', evidence: 'tagged' }],
      'reverse',
    );
    expect(matchStrength(profileOnly)).toBe('weak');
    expect(matchStrength(exchange)).toBe('strong');
  });
});
