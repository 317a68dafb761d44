import { getCatalogue, type CatalogueEntry } from '../skills/catalogue';
import { getTextMatcher, scanText } from '../skills/find-in-text';
import { CREATOR_SKILLS, PLATFORM_MARKETING, ROLE_SKILL_TERMS, ROLE_TO_ACTIVITY } from './role-skills';
import { roleSegments } from './segments';
import { readStage, supportedRoleStart, type CareerStageEstimate } from './stage';
import { createTermMatcher, titleTokens, type TermMatcher } from './terms';

export type { CareerStageEstimate } from './stage';

/** What a position or headline says about a person. */
export interface TitleReading {
  stage: CareerStageEstimate;
  retired: boolean;
  /** The words that decided the stage, as written ("Werkstudentin"); null when unknown. */
  stageWord: string | null;
  /** Catalogue skill ids, named in the title first, then implied by the role. */
  skillIds: readonly string[];
  /** The same skills by their English catalogue names. */
  skills: readonly string[];
}

let roleMatcher: TermMatcher<readonly string[]> | null = null;
const roles = (): TermMatcher<readonly string[]> => (roleMatcher ??= createTermMatcher(ROLE_SKILL_TERMS));

const ACTIVITY = new Map(ROLE_TO_ACTIVITY);
/** Longest role nouns first, so "*entwickler" is tried before shorter endings. */
const ACTIVITY_SUFFIXES = [...ROLE_TO_ACTIVITY].sort((a, b) => b[0].length - a[0].length);

/** The role nouns of a part turned into activities: "Social Media Managerin" → "Social Media management". */
function activityText(segment: string): string | null {
  let changed = false;
  const words = titleTokens(segment).map((t) => {
    const exact = ACTIVITY.get(t.base);
    if (exact) {
      changed = true;
      return exact;
    }
    for (const [noun, activity] of ACTIVITY_SUFFIXES) {
      if (t.base.length > noun.length && t.base.endsWith(noun)) {
        changed = true;
        return t.base.slice(0, -noun.length) + activity;
      }
    }
    return t.raw;
  });
  return changed ? words.join(' ') : null;
}

/**
 * "Marketing Manager" → "Marketing Management" is the catalogue's alias of Marketing Strategy, but managing
 * marketing campaigns is not setting the strategy: leading roles get these from role-skills.ts instead.
 */
const NOT_FROM_ACTIVITY = new Set(['marketing-strategy', 'sales-management']);

const namesById = new WeakMap<readonly CatalogueEntry[], Map<string, string>>();
function englishName(catalogue: readonly CatalogueEntry[], id: string): string | null {
  let names = namesById.get(catalogue);
  if (!names) {
    names = new Map(catalogue.map((e) => [e.id, e.en]));
    namesById.set(catalogue, names);
  }
  return names.get(id) ?? null;
}

/** Skill ids a title names or implies, in order: spelled out first, then role knowledge. */
function titleSkills(segments: readonly string[], catalogue: readonly CatalogueEntry[]): string[] {
  const matcher = getTextMatcher(catalogue);
  const found = new Set<string>();
  const ownWords = segments.map((segment) => {
    const tokens = titleTokens(segment);
    // "Executive Assistant to the CEO": the words after the support role describe the boss.
    return tokens.slice(0, supportedRoleStart(tokens.map((t) => t.base)));
  });
  for (const tokens of ownWords) {
    const text = tokens.map((t) => t.raw).join(' ');
    for (const id of scanText(matcher, text)) found.add(id);
    const activity = activityText(text);
    if (activity) for (const id of scanText(matcher, activity)) if (!NOT_FROM_ACTIVITY.has(id)) found.add(id);
  }
  for (const tokens of ownWords) {
    for (const hit of roles().find(tokens.map((t) => t.base))) for (const id of hit.value) found.add(id);
  }
  // A creator or social media role names platforms as what they market: "Content Creator | TikTok".
  if ([...found].some((id) => CREATOR_SKILLS.has(id))) {
    for (const id of [...found]) {
      const marketing = PLATFORM_MARKETING[id];
      if (marketing) found.add(marketing);
    }
  }
  return [...found].filter((id) => englishName(catalogue, id) !== null);
}

/**
 * Reads a LinkedIn/XING position or headline (English or German): the career stage it suggests and the
 * skills it names. Pure; never throws; empty or meaningless text reads as `unknown` with no skills.
 */
export function readTitle(title: string | null | undefined, catalogue: readonly CatalogueEntry[] = getCatalogue()): TitleReading {
  const text = title ?? '';
  // Networks repeat titles ("Software Engineer" hundreds of times): read each once per catalogue.
  let cache = readings.get(catalogue);
  if (!cache) readings.set(catalogue, (cache = new Map()));
  const cached = cache.get(text);
  if (cached) return cached;
  const reading = computeReading(text, catalogue);
  if (cache.size >= READING_CACHE_LIMIT) cache.clear();
  cache.set(text, reading);
  return reading;
}

const READING_CACHE_LIMIT = 20_000;
const readings = new WeakMap<readonly CatalogueEntry[], Map<string, TitleReading>>();

function computeReading(title: string, catalogue: readonly CatalogueEntry[]): TitleReading {
  const segments = roleSegments(title);
  const skillIds = titleSkills(segments, catalogue);
  const stage = readStage(segments, skillIds.length > 0);
  // Frozen: cached readings are shared by every caller.
  return Object.freeze({ ...stage, skillIds: Object.freeze(skillIds), skills: Object.freeze(skillIds.map((id) => englishName(catalogue, id)!)) });
}
