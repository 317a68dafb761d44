import { careerGap } from './career';
import { computeDirections } from './directions';
import { pairingKind } from './pairing';
import { scoreMatch } from './score';
import type { CareerGap, MatchedSkill, MatchInput, MatchReason, MatchResult, PairingKind, Side } from './types';

function careerReason(career: CareerGap): MatchReason | null {
  if (career.unknown !== null) return { code: 'career-unknown', params: { who: career.unknown } };
  const years = career.gapYears ?? 0;
  if (career.stage === 'peers' || career.moreExperienced === null) return { code: 'peers', params: { years } };
  const code = career.stage === 'generations' ? 'generation-gap' : 'stage-gap';
  return { code, params: { years, moreExperienced: career.moreExperienced } };
}

function buildReasons(
  theyTeachMe: readonly MatchedSkill[],
  iTeachThem: readonly MatchedSkill[],
  career: CareerGap,
  kind: PairingKind,
  digitalSide: Side | null,
): MatchReason[] {
  const reasons: MatchReason[] = [];
  const t = theyTeachMe.length;
  const i = iTeachThem.length;
  if (t > 0 && i > 0) reasons.push({ code: 'two-way', params: { theyTeach: t, iTeach: i } });
  else if (t > 0) reasons.push({ code: 'one-way', params: { direction: 'they-teach-me', count: t } });
  else if (i > 0) reasons.push({ code: 'one-way', params: { direction: 'i-teach-them', count: i } });
  else reasons.push({ code: 'no-overlap', params: {} });

  const all = [...theyTeachMe, ...iTeachThem];
  const tagged = all.filter((s) => s.evidence === 'mutual' || s.evidence === 'tagged').length;
  if (tagged > 0) reasons.push({ code: 'tagged', params: { count: tagged } });
  else if (all.length > 0) reasons.push({ code: 'profile-only', params: {} });

  const cr = careerReason(career);
  if (cr) reasons.push(cr);
  if (kind === 'reverse' && digitalSide) reasons.push({ code: 'reverse-shape', params: { digitalSide } });
  return reasons;
}

/** Match me against one person. Pure and deterministic: same input, same result. */
export function computeMatch({ me, them, now, skills }: MatchInput): MatchResult {
  const career = careerGap(me.careerStartYear, them.careerStartYear, now);
  const { theyTeachMe, iTeachThem } = computeDirections(me, them, career, skills);
  const theyIds = theyTeachMe.map((s) => s.id);
  const myIds = iTeachThem.map((s) => s.id);
  const { kind, digitalSide } = pairingKind(theyIds, myIds, career, skills);
  return {
    score: scoreMatch(theyTeachMe, iTeachThem, kind),
    kind,
    theyTeachMe: theyIds,
    iTeachThem: myIds,
    theyTeachMeDetail: theyTeachMe,
    iTeachThemDetail: iTeachThem,
    gapYears: career.gapYears,
    moreExperienced: career.moreExperienced,
    career,
    reasons: buildReasons(theyTeachMe, iTeachThem, career, kind, digitalSide),
  };
}
