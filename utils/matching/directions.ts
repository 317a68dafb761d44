import { dominantGroup, groupOf, masteredCategories, otherGroup, type SkillGroup } from './categories';
import { PEER_GAP_YEARS } from './career';
import type { CareerGap, Evidence, MatchedSkill, MatchMe, MatchThem, Side, SkillInfo } from './types';

/** Inferred "complementary" skills are a hint, not a list: keep the first few (profile order = site order). */
export const MAX_COMPLEMENTARY_PER_DIRECTION = 5;

export interface Directions {
  theyTeachMe: MatchedSkill[];
  iTeachThem: MatchedSkill[];
}

class SkillList {
  readonly items: MatchedSkill[] = [];
  private readonly seen = new Set<string>();
  has(id: string): boolean {
    return this.seen.has(id);
  }
  add(id: string, evidence: Evidence): void {
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.items.push({ id, evidence });
  }
}

/**
 * Does the career gap say that `teacher` would naturally teach skills of `group`? True when the more
 * experienced side teaches experience skills or the less experienced side teaches new (digital/trend) ones.
 */
function careerSupports(teacher: Side, group: SkillGroup, career: CareerGap): boolean {
  if (career.gapYears === null || career.gapYears < PEER_GAP_YEARS || career.moreExperienced === null) return false;
  const teacherIsSenior = career.moreExperienced === teacher;
  return teacherIsSenior ? group === 'experience' : group === 'new';
}

interface ComplementaryArgs {
  teacher: Side;
  candidates: readonly string[];
  /** What the learner visibly knows (their profile skills and teach tags, or my teach list). */
  learnerKnows: readonly string[];
  career: CareerGap;
  skills: SkillInfo;
  list: SkillList;
  exclude: ReadonlySet<string>;
  /** `offered` for my teach list (I said I teach it), `complementary` for their profile skills. */
  evidence: 'offered' | 'complementary';
}

/**
 * A teacher's skill counts as complementary when the learner does not master its category and the pair
 * looks reverse-mentoring shaped for it: the learner's own skills sit in the other group (digital/trends
 * vs strategy/eq/industry) or the career gap points that way. Listing every skill the learner "lacks" by
 * id would be noise (someone with Excel on their profile is not digitally naive). Inferred skills rank
 * after tagged and wanted ones, and stated wants add evidence rather than filter it, so tagging helps.
 */
function addComplementary(a: ComplementaryArgs): void {
  const learnerCategories = masteredCategories(a.learnerKnows, a.skills);
  const learnerDominant = dominantGroup(a.learnerKnows, a.skills);
  let added = 0;
  for (const id of a.candidates) {
    if (added >= MAX_COMPLEMENTARY_PER_DIRECTION) break;
    if (a.list.has(id) || a.exclude.has(id)) continue;
    const category = a.skills.category(id);
    const group = groupOf(category);
    if (category === null || group === null) continue;
    if (learnerCategories.has(category)) continue;
    const shaped = learnerDominant === otherGroup(group) || careerSupports(a.teacher, group, a.career);
    if (!shaped) continue;
    a.list.add(id, a.evidence);
    added += 1;
  }
}

const uniq = (ids: readonly string[]): string[] => [...new Set(ids)];

/**
 * Both directions of the exchange, best evidence first.
 *
 * theyTeachMe: their teach tags (those I also want to learn first), then their profile skills that are on
 * my learn list, then my learning goals their profile shows through related skills, then complementary
 * profile skills (see addComplementary).
 * iTeachThem: their learn tags (those I teach first), then skills from my teach list they show nothing of
 * (`offered`, the same rule as complementary: see addComplementary). There
 * is no "wanted" tier here because only I describe them: their wishes are the learn tags, which count even
 * when the skill is not on my teach list (I tagged it on their card, so I expect to be able to help).
 * Inferred tiers skip what the learner already has (my teach list / their profile and teach tags).
 */
export function computeDirections(me: MatchMe, them: MatchThem, career: CareerGap, skills: SkillInfo): Directions {
  const myTeach = uniq(me.teachSkills);
  const myLearn = uniq(me.learnSkills);
  const theirTeach = uniq(them.teachSkills);
  const theirLearn = uniq(them.learnSkills);
  const theirProfile = uniq(them.profileSkillIds);
  const myTeachSet = new Set(myTeach);
  const myLearnSet = new Set(myLearn);
  const theirProfileSet = new Set(theirProfile);
  const theirKnown = uniq([...theirProfile, ...theirTeach]);

  const theyTeach = new SkillList();
  for (const id of theirTeach) if (myLearnSet.has(id)) theyTeach.add(id, 'mutual');
  for (const id of theirTeach) theyTeach.add(id, 'tagged');
  for (const id of myLearn) if (theirProfileSet.has(id) && !myTeachSet.has(id)) theyTeach.add(id, 'wanted');
  if (skills.related) {
    for (const id of myLearn) {
      if (theyTeach.has(id) || myTeachSet.has(id)) continue;
      if (skills.related(id).some((r) => theirProfileSet.has(r))) theyTeach.add(id, 'related');
    }
  }
  addComplementary({
    teacher: 'them',
    candidates: theirProfile,
    learnerKnows: myTeach,
    career,
    skills,
    list: theyTeach,
    exclude: myTeachSet,
    evidence: 'complementary',
  });

  const iTeach = new SkillList();
  for (const id of theirLearn) if (myTeachSet.has(id)) iTeach.add(id, 'mutual');
  for (const id of theirLearn) iTeach.add(id, 'tagged');
  addComplementary({
    teacher: 'me',
    candidates: myTeach,
    learnerKnows: theirKnown,
    career,
    skills,
    list: iTeach,
    exclude: new Set(theirKnown),
    evidence: 'offered',
  });

  return { theyTeachMe: theyTeach.items, iTeachThem: iTeach.items };
}
