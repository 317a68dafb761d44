import type { MyProfile } from '../schemas/settings';

/** Skill categories of the catalogue; declared here so matching does not depend on utils/skills. */
export type SkillCategory = 'digital' | 'trends' | 'strategy' | 'eq' | 'industry';

export type Lang = 'en' | 'de';

/**
 * What matching needs from the skill catalogue, injected by the caller (the real catalogue in the app,
 * a small table in tests). `category` is null for custom skills and unknown ids.
 */
export interface SkillInfo {
  category(id: string): SkillCategory | null;
  label(id: string, lang: Lang): string;
  /** Skills that show someone could teach `goal` without naming it (utils/skills/related.ts); optional. */
  related?(goal: string): readonly string[];
}

/** My side of a match: only the fields matching reads. */
export type MatchMe = Pick<MyProfile, 'teachSkills' | 'learnSkills' | 'careerStartYear'>;

/** The other person, with profile skills already normalised to skill ids by the caller. */
export interface MatchThem {
  /** Tagged by me: skills this person could teach me. */
  teachSkills: readonly string[];
  /** Tagged by me: skills this person would like to learn from me. */
  learnSkills: readonly string[];
  /** Skills from their profile page, as ids. */
  profileSkillIds: readonly string[];
  careerStartYear: number | null;
}

export interface MatchInput {
  me: MatchMe;
  them: MatchThem;
  now: Date;
  skills: SkillInfo;
}

/**
 * Why a skill is in a direction, strongest first:
 * - `mutual`: tagged on both sides (their teach tag that I want to learn; their learn tag that I teach).
 * - `tagged`: tagged on one side only (their teach tag / their learn tag).
 * - `wanted`: inferred – on their profile and on my learn list.
 * - `related`: inferred – my learning goal, shown by related skills on their profile (LLMs → Generative AI).
 * - `offered`: inferred – on my teach list, they show nothing in that category, and the pair looks
 *   reverse-mentoring shaped (see directions.ts); the i-teach-them side of `complementary`.
 * - `complementary`: inferred – on their profile (not asked for by me), I show nothing in that category,
 *   and the pair looks reverse-mentoring shaped.
 */
export type Evidence = 'mutual' | 'tagged' | 'wanted' | 'related' | 'offered' | 'complementary';

export interface MatchedSkill {
  id: string;
  evidence: Evidence;
}

export type PairingKind = 'reverse' | 'classic' | 'peer' | 'none';

/** Career-stage distance: ≥ 10 years generations, 5–9 stages, < 5 peers; unknown when a year is missing. */
export type CareerStage = 'generations' | 'stages' | 'peers' | 'unknown';

export type Side = 'me' | 'them';

export interface CareerGap {
  stage: CareerStage;
  /** Absolute difference of career start years; null when either is unknown. */
  gapYears: number | null;
  /** Who started earlier; null when unknown or the same year. */
  moreExperienced: Side | null;
  /** Whose career start is missing (or implausible); null when both are known. */
  unknown: Side | 'both' | null;
}

export type MatchReason =
  | { code: 'two-way'; params: { theyTeach: number; iTeach: number } }
  | { code: 'one-way'; params: { direction: 'they-teach-me' | 'i-teach-them'; count: number } }
  | { code: 'no-overlap'; params: Record<string, never> }
  | { code: 'tagged'; params: { count: number } }
  | { code: 'profile-only'; params: Record<string, never> }
  | { code: 'generation-gap'; params: { years: number; moreExperienced: Side } }
  | { code: 'stage-gap'; params: { years: number; moreExperienced: Side } }
  | { code: 'peers'; params: { years: number } }
  | { code: 'career-unknown'; params: { who: Side | 'both' } }
  | { code: 'reverse-shape'; params: { digitalSide: Side } };

export type MatchReasonCode = MatchReason['code'];

export interface MatchResult {
  /** 0–100, integer. */
  score: number;
  kind: PairingKind;
  /** Skill ids, best evidence first. */
  theyTeachMe: string[];
  iTeachThem: string[];
  theyTeachMeDetail: MatchedSkill[];
  iTeachThemDetail: MatchedSkill[];
  gapYears: number | null;
  moreExperienced: Side | null;
  career: CareerGap;
  reasons: MatchReason[];
}
