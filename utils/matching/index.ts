export type {
  CareerGap,
  CareerStage,
  Evidence,
  Lang,
  MatchedSkill,
  MatchInput,
  MatchMe,
  MatchReason,
  MatchReasonCode,
  MatchResult,
  MatchThem,
  PairingKind,
  Side,
  SkillCategory,
  SkillInfo,
} from './types';
export { computeMatch } from './match';
export { explainMatch, type ExplainOptions } from './explain';
export { careerGap, plausibleCareerYear, GENERATION_GAP_YEARS, PEER_GAP_YEARS } from './career';
export { scoreMatch, directionStrength, EVIDENCE_WEIGHT } from './score';
export { pairingKind } from './pairing';
export { computeDirections, MAX_COMPLEMENTARY_PER_DIRECTION } from './directions';
export { groupOf, type SkillGroup } from './categories';
export { joinList, joinListWithMore } from './format';
