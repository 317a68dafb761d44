/** How a 0–100 score reads in words. One-way matches top out near 40, so "promising" needs some exchange. */
export type MatchStrength = 'strong' | 'promising' | 'weak';

export const STRONG_FROM = 60;
export const PROMISING_FROM = 35;

export function matchStrength(score: number): MatchStrength {
  if (score >= STRONG_FROM) return 'strong';
  if (score >= PROMISING_FROM) return 'promising';
  return 'weak';
}
