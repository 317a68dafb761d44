import { describe, expect, it } from 'vitest';
import { MAX_COMPLEMENTARY_PER_DIRECTION } from '../../utils/matching/directions';
import { scoreMatch } from '../../utils/matching/score';
import type { Evidence, MatchedSkill } from '../../utils/matching/types';

const skills = (evidence: Evidence, n: number): MatchedSkill[] => Array.from({ length: n }, (_, i) => ({ id: `${evidence}-${i}`, evidence }));
const offeredThree = skills('offered', 3);

describe('scoreMatch weights', () => {
  it('one goal shown by a related skill outweighs a full list of complementary skills', () => {
    const relatedOnly = scoreMatch(skills('related', 1), offeredThree, 'reverse');
    const complementaryOnly = scoreMatch(skills('complementary', MAX_COMPLEMENTARY_PER_DIRECTION), offeredThree, 'reverse');
    expect(relatedOnly).toBeGreaterThan(complementaryOnly);
  });

  it('derives the issue-11 scores by hand: 35·a/6 + 35·b/6 + 15·min(1, min(a,b)/2) + 15', () => {
    // Working student: Data Visualization through Data Science (related 1.5) + Data Science (complementary 0.25);
    // my three teach skills offered (3 × 1). 10.21 + 17.5 + 13.125 + 15 = 55.8
    expect(scoreMatch([...skills('related', 1), ...skills('complementary', 1)], offeredThree, 'reverse')).toBe(56);
    // Junior frontend developer: three unrequested skills (3 × 0.25). 4.375 + 17.5 + 5.625 + 15 = 42.5
    expect(scoreMatch(skills('complementary', 3), offeredThree, 'reverse')).toBe(43);
    // AI engineer: Generative AI named (wanted 2) + four complementary. 17.5 + 17.5 + 15 + 15 = 65
    expect(scoreMatch([...skills('wanted', 1), ...skills('complementary', 4)], offeredThree, 'reverse')).toBe(65);
  });
});
