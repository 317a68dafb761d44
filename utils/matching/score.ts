import type { Evidence, MatchedSkill, PairingKind } from './types';

/**
 * Explicit tags count more than what we infer from profile skills. `complementary` is a skill of theirs
 * nobody asked for (up to 5 per direction, directions.ts): even a full list (5 × 0.25 = 1.25) stays below
 * one of my goals shown by a related skill (1.5), so a data-science student outranks a React developer for
 * "Data Visualization" (at 1, three unrequested skills outweighed the goal). `offered` — a skill I said I
 * teach and they show nothing of — keeps that weight of 1: it is my stated intent, like a goal.
 */
export const EVIDENCE_WEIGHT: Readonly<Record<Evidence, number>> = {
  mutual: 3,
  tagged: 2.5,
  wanted: 2,
  related: 1.5,
  offered: 1,
  complementary: 0.25,
};

/** A direction is "full" at this strength (two mutual tags, three profile matches, …): long lists don't win. */
export const DIRECTION_CAP = 6;
/** Points for each direction at full strength. */
export const DIRECTION_POINTS = 35;
/** Points for give-and-take, scaled by the weaker direction (full once it reaches strength 2). */
export const TWO_WAY_POINTS = 15;
export const TWO_WAY_FULL_AT = 2;
/** Points for a reverse-mentoring pairing that runs both ways; a one-way reverse pairing gets a third. */
export const REVERSE_POINTS = 15;

export function directionStrength(items: readonly MatchedSkill[]): number {
  let sum = 0;
  for (const item of items) sum += EVIDENCE_WEIGHT[item.evidence];
  return Math.min(sum, DIRECTION_CAP);
}

/**
 * score = 35·a/6 + 35·b/6 + 15·min(1, min(a, b)/2) + reverse bonus, rounded to an integer in 0–100,
 * where a and b are the capped strengths of the two directions. A one-way match tops out at 35 (40 if
 * reverse-shaped), so a real exchange such as 2 + 2 tagged skills (≈ 73) always ranks clearly higher.
 */
export function scoreMatch(theyTeachMe: readonly MatchedSkill[], iTeachThem: readonly MatchedSkill[], kind: PairingKind): number {
  if (kind === 'none') return 0;
  const a = directionStrength(theyTeachMe);
  const b = directionStrength(iTeachThem);
  const twoWay = a > 0 && b > 0;
  const raw =
    (DIRECTION_POINTS * a) / DIRECTION_CAP +
    (DIRECTION_POINTS * b) / DIRECTION_CAP +
    TWO_WAY_POINTS * Math.min(1, Math.min(a, b) / TWO_WAY_FULL_AT) +
    (kind === 'reverse' ? (twoWay ? REVERSE_POINTS : REVERSE_POINTS / 3) : 0);
  return Math.max(0, Math.min(100, Math.round(raw)));
}
