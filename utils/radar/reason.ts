import { joinList } from '../matching/format';
import type { Lang, SkillInfo } from '../matching/types';

/** What a reason line needs to know about one person. */
export interface ReasonPerson {
  name: string;
  /** The words their career stage was estimated from ("Working Student"), or their role. */
  descriptor: string | null;
  /** The skill on their side that shows they can teach `goal` (the goal itself or a related skill). */
  shownBy: string | null;
  theyTeachMe: readonly string[];
  iTeachThem: readonly string[];
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

/**
 * One line: who they are, what shows it, and what flows each way. "Working Student who names TikTok
 * Marketing — could teach you TikTok Marketing; you could teach Mara Leadership". The German UI says Sie.
 */
export function reasonLine(p: ReasonPerson, lang: Lang, skills: SkillInfo, max = 2): string {
  const label = (id: string) => skills.label(id, lang);
  const list = (ids: readonly string[]) => joinList(ids.slice(0, max).map(label), lang);
  const first = firstName(p.name);
  const who = p.descriptor ? cap(p.descriptor) : first;
  const parts: string[] = [];
  if (lang === 'en') {
    const head = p.shownBy ? `${who} who names ${label(p.shownBy)}` : who;
    if (p.theyTeachMe.length > 0) parts.push(`could teach you ${list(p.theyTeachMe)}`);
    if (p.iTeachThem.length > 0) parts.push(`you could teach ${first} ${list(p.iTeachThem)}`);
    return parts.length > 0 ? `${head} — ${parts.join('; ')}` : head;
  }
  const head = p.shownBy ? `${who}, nennt ${label(p.shownBy)}` : who;
  if (p.theyTeachMe.length > 0) parts.push(`könnte Ihnen ${list(p.theyTeachMe)} beibringen`);
  if (p.iTeachThem.length > 0) parts.push(`Sie könnten ${first} ${list(p.iTeachThem)} zeigen`);
  return parts.length > 0 ? `${head} — ${parts.join('; ')}` : head;
}
