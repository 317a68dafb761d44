import type { Lang, PairingKind, SkillInfo } from '../matching/types';
import { reasonLine } from './reason';
import type { RadarPerson, RadarSkill, RadarView } from './radar-schema';

/** What the radar reads of one person: an index entry (utils/network/entry.ts) fits. */
export interface RadarEntry {
  key: string;
  url: string;
  name: string;
  subtitle: string;
  profileSkillIds: readonly string[];
  teachSkills: readonly string[];
  careerBasis: { source: string; word?: string } | null;
  match: { score: number; kind: PairingKind; theyTeachMe: readonly string[]; iTeachThem: readonly string[] };
}

export interface RadarOptions {
  lang: Lang;
  skills: SkillInfo;
  /** People listed per skill and pairs listed. */
  perSkill: number;
}

/** Kinds ranked for a goal: reverse mentors first at equal score (the point of the tool). */
const KIND_ORDER: Readonly<Record<PairingKind, number>> = { reverse: 0, classic: 1, peer: 2, none: 3 };
/**
 * Names in the default locale's order, exactly as `a.localeCompare(b)` (which builds a collator per call:
 * ten times slower, and ties on score and kind are common in a 10,000-contact network).
 */
const byName = new Intl.Collator().compare;
const better = (a: RadarEntry, b: RadarEntry) =>
  b.match.score - a.match.score || KIND_ORDER[a.match.kind] - KIND_ORDER[b.match.kind] || byName(a.name, b.name);

/** The skill on their side that shows they could teach `goal`: named, tagged, or a related skill. */
function shownBy(entry: RadarEntry, goal: string, skills: SkillInfo): string | null {
  if (entry.teachSkills.includes(goal) || entry.profileSkillIds.includes(goal)) return goal;
  const related = skills.related?.(goal) ?? [];
  return entry.profileSkillIds.find((id) => related.includes(id)) ?? null;
}

function descriptor(entry: RadarEntry): string | null {
  if (entry.careerBasis?.source === 'title' && entry.careerBasis.word) return entry.careerBasis.word;
  return entry.subtitle.split(' · ')[0]?.trim() || null;
}

/** Keeps the best `n` by `better` without sorting the whole list (10,000 contacts, a handful shown). */
function topN(items: RadarEntry[], n: number): RadarEntry[] {
  if (items.length <= n) return items.sort(better);
  const top: RadarEntry[] = [];
  for (const item of items) {
    if (top.length < n) {
      top.push(item);
      if (top.length === n) top.sort(better);
    } else if (better(item, top[n - 1]!) < 0) {
      top[n - 1] = item;
      for (let i = n - 1; i > 0 && better(top[i]!, top[i - 1]!) < 0; i--) [top[i], top[i - 1]] = [top[i - 1]!, top[i]!];
    }
  }
  return top;
}

function person(entry: RadarEntry, focus: string | null, o: RadarOptions): RadarPerson {
  // Name the focused skill first in its direction, so the line starts with what the section is about.
  const first = (ids: readonly string[]) => (focus && ids.includes(focus) ? [focus, ...ids.filter((id) => id !== focus)] : [...ids]);
  const theyTeachMe = first(entry.match.theyTeachMe);
  const focusShown = focus && theyTeachMe[0] === focus ? shownBy(entry, focus, o.skills) : null;
  const shown = focusShown ?? (theyTeachMe[0] ? shownBy(entry, theyTeachMe[0], o.skills) : null);
  return {
    key: entry.key,
    url: entry.url,
    name: entry.name,
    subtitle: entry.subtitle,
    kind: entry.match.kind,
    score: entry.match.score,
    reason: reasonLine(
      { name: entry.name, descriptor: descriptor(entry), shownBy: shown, theyTeachMe, iTeachThem: first(entry.match.iTeachThem) },
      o.lang,
      o.skills,
    ),
  };
}

/**
 * The whole network from my side: per learning goal the people best placed to teach it, per teach skill
 * who could learn it, and the strongest two-way reverse pairs. Every goal stays listed, covered or not.
 * One pass to bucket, then a partial top-N per bucket.
 */
export function buildRadar(
  entries: Iterable<RadarEntry>,
  me: { learnSkills: readonly string[]; teachSkills: readonly string[] },
  o: RadarOptions,
): RadarView {
  const goals = new Map(me.learnSkills.map((id) => [id, [] as RadarEntry[]]));
  const teach = new Map(me.teachSkills.map((id) => [id, [] as RadarEntry[]]));
  const pairs: RadarEntry[] = [];
  let total = 0;
  for (const entry of entries) {
    total += 1;
    for (const id of entry.match.theyTeachMe) goals.get(id)?.push(entry);
    for (const id of entry.match.iTeachThem) teach.get(id)?.push(entry);
    if (entry.match.kind === 'reverse' && entry.match.theyTeachMe.length > 0 && entry.match.iTeachThem.length > 0) pairs.push(entry);
  }
  const section = (bucket: Map<string, RadarEntry[]>): RadarSkill[] =>
    [...bucket].map(([skill, list]) => ({
      skill,
      label: o.skills.label(skill, o.lang),
      total: list.length,
      people: topN(list, o.perSkill).map((e) => person(e, skill, o)),
    }));
  return { total, goals: section(goals), teach: section(teach), pairs: topN(pairs, o.perSkill).map((e) => person(e, null, o)) };
}
