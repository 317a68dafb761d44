import { openableUrl } from '../schemas/profile-url';
import { computeMatch } from '../matching/match';
import type { MatchMe, PairingKind, SkillInfo } from '../matching/types';
import { careerStartYearAt, personForMatching, type CareerBasis, type EvidenceLevel } from '../matching/match-input';
import type { Contact, ContactStatus } from '../schemas/contact';
import type { SkillIndex } from '../skills/search';
import { spellOutUmlauts, stripAccents } from '../skills/fold';

/** How a contact pairs with me, as the list shows and ranks it. */
export interface EntryMatch {
  score: number;
  kind: PairingKind;
  /** All matched skill ids each way, best evidence first (rows show the first few). */
  theyTeachMe: string[];
  iTeachThem: string[];
}

/**
 * A contact reduced to what the popup lists, searches, filters and ranks: built once per contact change in
 * the background and kept in memory, so a keystroke never touches the database or re-runs matching.
 */
export interface ContactEntry {
  key: string;
  url: string;
  name: string;
  subtitle: string;
  status: ContactStatus;
  statusChangedAt: number;
  followUpAt: number | null;
  updatedAt: number;
  teachSkills: readonly string[];
  learnSkills: readonly string[];
  profileSkillIds: readonly string[];
  careerStartYear: number | null;
  /** Where the career start comes from (a title estimate is shown with its word). */
  careerBasis: CareerBasis | null;
  /** The best evidence the match rests on (tags > profile > title). */
  evidence: EvidenceLevel;
  /** Every skill id linked to the person (tags and profile), for skill search. */
  allSkills: readonly string[];
  /** Folded searchable text with a space at both ends: " name role company headline location ". */
  text: string;
  /**
   * What `text` is folded from while it is not folded yet (buildEntry's `deferText`): a first page only
   * needs ranks, so the index folds the texts after answering it (fillText). Null once `text` is set.
   */
  textParts: readonly (string | null)[] | null;
  /** Folded text of the person's notes, space-padded; '' until the notes are loaded (only a search needs them). */
  notes: string;
  /** Goals of the pair (both directions) and how many are done, for the journey at a glance. */
  goalsTotal: number;
  goalsDone: number;
  match: EntryMatch;
}

export interface MatchContext {
  me: MatchMe;
  skills: SkillInfo;
  now: Date;
}

/** "Role · Company", or the headline when the page named neither. */
export function subtitleOf(contact: Pick<Contact, 'currentRole' | 'currentCompany' | 'headline'>): string {
  const parts = [contact.currentRole, contact.currentCompany].filter((p): p is string => !!p && p.trim() !== '');
  return parts.length > 0 ? parts.join(' · ') : (contact.headline ?? '');
}

const SEPARATORS_RE = /[^a-z0-9]+/g;

/**
 * Lowercase, accents stripped (é→e, ä→a, ß→ss: skills/fold.ts stripAccents), everything but letters and digits
 * a single space. A lean version of skills/fold.ts's foldText for free text: it runs over every name, headline
 * and note of the network when the index is built, so it avoids per-token work. Query words go through the
 * same function.
 */
export function foldForSearch(text: string): string {
  return stripAccents(text.toLowerCase()).replace(SEPARATORS_RE, ' ').trim();
}

/**
 * Folded text for word-start search, padded with spaces. Texts with umlauts also carry their ae/oe/ue
 * spelling, so "Mueller" finds "Müller" (the same rule the skill index follows).
 */
export function searchableText(parts: readonly (string | null | undefined)[]): string {
  const out: string[] = [];
  for (const part of parts) {
    if (!part) continue;
    out.push(foldForSearch(part));
    const spelled = spellOutUmlauts(part);
    if (spelled !== null) out.push(foldForSearch(spelled));
  }
  return ` ${out.join(' ')} `;
}

export function matchEntry(
  entry: Pick<ContactEntry, 'teachSkills' | 'learnSkills' | 'profileSkillIds' | 'careerStartYear' | 'careerBasis'>,
  ctx: MatchContext,
): EntryMatch {
  const result = computeMatch({
    me: ctx.me,
    them: {
      teachSkills: entry.teachSkills,
      learnSkills: entry.learnSkills,
      profileSkillIds: entry.profileSkillIds,
      // A title estimate is re-read in the year of matching (the index rematches everyone at a new year).
      careerStartYear: careerStartYearAt(entry, ctx.now),
    },
    now: ctx.now,
    skills: ctx.skills,
  });
  return { score: result.score, kind: result.kind, theyTeachMe: result.theyTeachMe, iTeachThem: result.iTeachThem };
}

/** Sets an entry's search text if it was deferred (see ContactEntry.textParts). */
export function fillText(entry: ContactEntry): void {
  if (entry.textParts === null) return;
  entry.text = searchableText(entry.textParts);
  entry.textParts = null;
}

/**
 * An index entry for a saved or imported contact; its match is decided by personForMatching like everywhere
 * else. `deferText`: leave the search text to fillText (the popup's index folds it after the first page).
 */
export function buildEntry(contact: Contact, index: SkillIndex, ctx: MatchContext, { deferText = false } = {}): ContactEntry {
  const person = personForMatching(contact.profile, contact, index, ctx.now);
  const textParts = [contact.name, contact.currentRole, contact.currentCompany, contact.headline, contact.location];
  const base = {
    key: contact.key,
    url: openableUrl(contact),
    name: contact.name,
    subtitle: subtitleOf(contact),
    status: contact.status,
    statusChangedAt: contact.statusChangedAt,
    followUpAt: contact.followUpAt,
    updatedAt: contact.updatedAt,
    teachSkills: contact.teachSkills,
    learnSkills: contact.learnSkills,
    profileSkillIds: person.profileSkillIds,
    careerStartYear: person.careerStartYear,
    careerBasis: person.careerBasis,
    evidence: person.evidence,
    allSkills: [...new Set([...contact.teachSkills, ...contact.learnSkills, ...person.profileSkillIds])],
    text: deferText ? '' : searchableText(textParts),
    textParts: deferText ? textParts : null,
    notes: '',
    goalsTotal: contact.goals?.length ?? 0,
    goalsDone: contact.goals?.filter((goal) => goal.doneAt !== null).length ?? 0,
  };
  return { ...base, match: matchEntry(base, ctx) };
}
