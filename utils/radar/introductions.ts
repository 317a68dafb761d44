import { countGroups } from '../matching/categories';
import { computeMatch } from '../matching/match';
import { careerStartYearAt, type CareerBasis } from '../matching/match-input';
import type { SkillInfo } from '../matching/types';

/** One of my contacts, as introductions read them (an index entry fits). */
export interface IntroPerson {
  key: string;
  name: string;
  careerStartYear: number | null;
  /** Where the career start comes from: a title estimate is re-read in the year of `now`. */
  careerBasis?: CareerBasis | null;
  /** Skills their profile or title shows. */
  profileSkillIds: readonly string[];
  /** Tagged by me: what they could teach / would like to learn. */
  teachSkills: readonly string[];
  learnSkills: readonly string[];
}

/** Two contacts who would make a reverse-mentoring tandem. */
export interface Introduction {
  /** The early-career side: teaches digital/trend skills. */
  junior: string;
  /** The experienced side: teaches strategy, people and industry know-how. */
  senior: string;
  score: number;
  juniorTeaches: string[];
  seniorTeaches: string[];
}

export interface IntroductionOptions {
  skills: SkillInfo;
  now: Date;
  /** How many pairs to keep. */
  best: number;
  /** Pairs compared between two yields. */
  chunk?: number;
  /** Candidates kept per side (the most skilled), so 10,000 contacts stay a bounded amount of work. */
  perSide?: number;
}

export interface IntroductionProgress {
  done: number;
  total: number;
}

/** Career starts this far back make someone the experienced side; this recent the early-career side. */
const SENIOR_YEARS = 15;
const JUNIOR_YEARS = 8;

const skillsOf = (p: IntroPerson) => [...new Set([...p.teachSkills, ...p.profileSkillIds])];

function candidates(people: Iterable<IntroPerson>, o: IntroductionOptions) {
  const year = o.now.getUTCFullYear();
  const juniors: { p: IntroPerson; weight: number }[] = [];
  const seniors: { p: IntroPerson; weight: number }[] = [];
  for (const listed of people) {
    const start = careerStartYearAt({ careerStartYear: listed.careerStartYear, careerBasis: listed.careerBasis ?? null }, o.now);
    if (start === null) continue;
    const p = start === listed.careerStartYear ? listed : { ...listed, careerStartYear: start };
    const groups = countGroups(skillsOf(p), o.skills);
    if (start >= year - JUNIOR_YEARS && groups.new > 0) juniors.push({ p, weight: groups.new });
    else if (start <= year - SENIOR_YEARS && groups.experience > 0) seniors.push({ p, weight: groups.experience });
  }
  const perSide = o.perSide ?? 200;
  const best = (list: { p: IntroPerson; weight: number }[]) =>
    list.sort((a, b) => b.weight - a.weight || (a.p.key < b.p.key ? -1 : 1)).slice(0, perSide).map((c) => c.p);
  return { juniors: best(juniors), seniors: best(seniors) };
}

/**
 * The best reverse-mentoring tandems among my own contacts: each early-career contact with digital skills
 * is matched against each experienced contact exactly as I am matched against a contact (computeMatch,
 * the senior in my place), and the strongest two-way reverse pairs are kept. A generator: it yields its
 * progress every `chunk` pairs so the caller can let other work run (the background answers the popup in
 * between) and returns the best pairs, strongest first.
 */
export function* findIntroductions(people: Iterable<IntroPerson>, o: IntroductionOptions): Generator<IntroductionProgress, Introduction[]> {
  const { juniors, seniors } = candidates(people, o);
  const total = juniors.length * seniors.length;
  const chunk = o.chunk ?? 2000;
  const kept: Introduction[] = [];
  let floor = 0;
  let done = 0;
  for (const senior of seniors) {
    const me = { teachSkills: skillsOf(senior), learnSkills: [...senior.learnSkills], careerStartYear: senior.careerStartYear };
    for (const junior of juniors) {
      done += 1;
      if (done % chunk === 0) yield { done, total };
      const m = computeMatch({
        me,
        them: { teachSkills: junior.teachSkills, learnSkills: junior.learnSkills, profileSkillIds: junior.profileSkillIds, careerStartYear: junior.careerStartYear },
        now: o.now,
        skills: o.skills,
      });
      if (m.kind !== 'reverse' || m.theyTeachMe.length === 0 || m.iTeachThem.length === 0 || m.score <= floor) continue;
      kept.push({ junior: junior.key, senior: senior.key, score: m.score, juniorTeaches: m.theyTeachMe, seniorTeaches: m.iTeachThem });
      if (kept.length >= o.best * 4) floor = trim(kept, o.best);
    }
  }
  trim(kept, o.best);
  return spread(kept, o.best);
}

/** Sorts strongest first and keeps twice `best` (room for spreading); returns the score to beat. */
function trim(kept: Introduction[], best: number): number {
  kept.sort((a, b) => b.score - a.score || (a.junior + a.senior < b.junior + b.senior ? -1 : 1));
  kept.length = Math.min(kept.length, best * 2);
  return kept.length >= best * 2 ? kept[kept.length - 1]!.score : 0;
}

/** Best pairs, each person in at most one of them: an introduction list, not one star paired with everyone. */
function spread(sorted: Introduction[], best: number): Introduction[] {
  const used = new Set<string>();
  const out: Introduction[] = [];
  for (const pair of sorted) {
    if (out.length >= best) break;
    if (used.has(pair.junior) || used.has(pair.senior)) continue;
    used.add(pair.junior);
    used.add(pair.senior);
    out.push(pair);
  }
  return out;
}

/** Runs the generator to the end synchronously (tests, small networks). */
export function introductionsNow(people: Iterable<IntroPerson>, o: IntroductionOptions): Introduction[] {
  const run = findIntroductions(people, o);
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
  }
}
