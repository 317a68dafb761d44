import type { MyProfile } from '../schemas/settings';
import { CONTACT_STATUSES, type ContactStatus } from '../schemas/contact';
import { isFollowUpDue, isStuck } from '../reminders/due';
import type { ContactEntry } from './entry';
import type { PopupSummary, SkillCoverage } from './view-schema';

type Summarisable = Pick<
  ContactEntry,
  'status' | 'statusChangedAt' | 'followUpAt' | 'allSkills' | 'teachSkills' | 'profileSkillIds' | 'learnSkills' | 'match'
> &
  Partial<Pick<ContactEntry, 'goalsTotal' | 'goalsDone'>>;

export const COMMON_SKILLS_LIMIT = 40;

function coverage(skills: readonly string[], counts: Map<string, number>): SkillCoverage[] {
  return [...new Set(skills)].map((skill) => ({ skill, people: counts.get(skill) ?? 0 }));
}

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

/**
 * The network at a glance: people per status, what is due, and coverage of my own goals — for each skill
 * I want to learn, how many people could teach it (0 = nobody in my network covers it yet), and for each
 * skill I teach, how many would like to learn it. One pass over the entries.
 */
export function summarise(
  entries: Iterable<Summarisable>,
  me: Pick<MyProfile, 'teachSkills' | 'learnSkills'>,
  now: number,
): PopupSummary {
  const byStatus = Object.fromEntries(CONTACT_STATUSES.map((s) => [s, 0])) as Record<ContactStatus, number>;
  const teachCounts = new Map<string, number>();
  const learnCounts = new Map<string, number>();
  const frequency = new Map<string, number>();
  const wanted = new Set(me.learnSkills);
  const offered = new Set(me.teachSkills);
  let total = 0;
  let followUpsDue = 0;
  let stuck = 0;
  const goals = { total: 0, done: 0 };
  for (const entry of entries) {
    total += 1;
    byStatus[entry.status] += 1;
    goals.total += entry.goalsTotal ?? 0;
    goals.done += entry.goalsDone ?? 0;
    if (isFollowUpDue(entry, now)) followUpsDue += 1;
    else if (isStuck(entry, now)) stuck += 1;
    for (const id of entry.allSkills) bump(frequency, id);
    const teaches = new Set([...entry.match.theyTeachMe, ...entry.teachSkills, ...entry.profileSkillIds]);
    for (const id of teaches) if (wanted.has(id)) bump(teachCounts, id);
    const learns = new Set([...entry.match.iTeachThem, ...entry.learnSkills]);
    for (const id of learns) if (offered.has(id)) bump(learnCounts, id);
  }
  const commonSkills = [...frequency]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, COMMON_SKILLS_LIMIT)
    .map(([id]) => id);
  return {
    total,
    byStatus,
    followUpsDue,
    stuck,
    couldTeachMe: coverage(me.learnSkills, teachCounts),
    couldLearnFromMe: coverage(me.teachSkills, learnCounts),
    commonSkills,
    goals,
  };
}
