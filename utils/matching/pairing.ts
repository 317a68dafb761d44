import { countGroups, dominantGroup } from './categories';
import type { CareerGap, PairingKind, Side, SkillInfo } from './types';

export interface Pairing {
  kind: PairingKind;
  /** For `reverse`: the side that teaches digital/trend skills. */
  digitalSide: Side | null;
}

/**
 * The kind of pairing, from the career gap (careerGap) and the shape of the two skill lists.
 *
 * Career starts known and ≥ 5 years apart (there is a junior and a senior side; the user may be either):
 * - reverse: the junior teaches ≥ 1 digital/trend skill and the senior teaches strategy/eq/industry
 *   (or nothing – one-way reverse mentoring is still reverse mentoring, it just scores lower);
 * - classic: the senior teaches and the junior teaches less (mostly learns);
 * - peer: any other exchange (e.g. both teach digital skills).
 * Less than 5 years apart: peer. Nothing either way: none.
 * Career start unknown (either side), judged on skills alone:
 * - reverse: both directions, one mostly digital/trends and the other mostly strategy/eq/industry;
 * - classic: one-way and mostly strategy/eq/industry (experience passed on);
 * - peer: anything else.
 */
export function pairingKind(
  theyTeachMe: readonly string[],
  iTeachThem: readonly string[],
  career: CareerGap,
  skills: SkillInfo,
): Pairing {
  if (theyTeachMe.length === 0 && iTeachThem.length === 0) return { kind: 'none', digitalSide: null };

  if (career.stage === 'unknown') return pairingFromSkills(theyTeachMe, iTeachThem, skills);
  if (career.stage === 'peers' || career.moreExperienced === null) return { kind: 'peer', digitalSide: null };

  const junior: Side = career.moreExperienced === 'me' ? 'them' : 'me';
  const juniorTeaches = junior === 'me' ? iTeachThem : theyTeachMe;
  const seniorTeaches = junior === 'me' ? theyTeachMe : iTeachThem;
  const juniorNew = countGroups(juniorTeaches, skills).new;
  const seniorExperience = countGroups(seniorTeaches, skills).experience;

  if (juniorNew >= 1 && (seniorTeaches.length === 0 || seniorExperience >= 1)) {
    return { kind: 'reverse', digitalSide: junior };
  }
  if (seniorTeaches.length > 0 && juniorTeaches.length < seniorTeaches.length) {
    return { kind: 'classic', digitalSide: null };
  }
  return { kind: 'peer', digitalSide: null };
}

function pairingFromSkills(theyTeachMe: readonly string[], iTeachThem: readonly string[], skills: SkillInfo): Pairing {
  const theirs = dominantGroup(theyTeachMe, skills);
  const mine = dominantGroup(iTeachThem, skills);
  if (theyTeachMe.length > 0 && iTeachThem.length > 0) {
    if (theirs && mine && theirs !== mine) return { kind: 'reverse', digitalSide: theirs === 'new' ? 'them' : 'me' };
    return { kind: 'peer', digitalSide: null };
  }
  const oneWay = theyTeachMe.length > 0 ? theirs : mine;
  return { kind: oneWay === 'experience' ? 'classic' : 'peer', digitalSide: null };
}
