import { STAGE_TERMS, type StageTag } from './stage-rules';
import { createTermMatcher, titleTokens, type TermMatcher } from './terms';

export type CareerStageEstimate = 'early' | 'mid' | 'senior' | 'unknown';

export interface StageReading {
  stage: CareerStageEstimate;
  retired: boolean;
  /** The words that decided the stage, as written ("Werkstudentin", "Head of"); null when unknown. */
  stageWord: string | null;
}

let matcher: TermMatcher<StageTag> | null = null;
const stageMatcher = (): TermMatcher<StageTag> => (matcher ??= createTermMatcher(STAGE_TERMS));

interface SegmentStage {
  /** early or senior: decides the title when it is the first segment with one. */
  strong: { stage: 'early' | 'senior'; word: string } | null;
  mid: string | null;
  retired: string | null;
}

function readSegment(segment: string): SegmentStage {
  const tokens = titleTokens(segment);
  const hits = stageMatcher().find(tokens.map((t) => t.base));
  const out: SegmentStage = { strong: null, mid: null, retired: null };
  let afterSupport = false;
  let previous: { tag: StageTag; end: number } | null = null;
  for (const hit of hits) {
    const raw = tokens.slice(hit.start, hit.end).map((t) => t.raw).join(' ');
    const tag = hit.value;
    // "former"/"for" only qualify the word right after them.
    const qualifier = previous && previous.end === hit.start ? previous.tag : null;
    previous = { tag, end: hit.end };
    if (tag === 'retired') out.retired ??= raw;
    else if (tag === 'support') {
      afterSupport = true;
      out.mid ??= raw;
    } else if (tag === 'mid') out.mid ??= raw;
    else if (tag === 'early') {
      if (qualifier === 'former' || qualifier === 'object') continue;
      out.strong ??= { stage: 'early', word: raw };
    } else if (tag === 'senior') {
      if (afterSupport || qualifier === 'object') continue; // "Assistant to the CEO", "Coach for founders"
      out.strong ??= { stage: 'senior', word: raw };
    }
  }
  return out;
}

/**
 * The career stage a title suggests. The first part with an early or senior word decides ("Data Science |
 * Werkstudentin" is early); otherwise a plain role reads as mid; a retirement word makes it senior and
 * retired. `hasSkills` lets a title that names only skills ("TikTok & Instagram") read as mid: someone
 * working in the field, stage unknown beyond that.
 */
export function readStage(segments: readonly string[], hasSkills: boolean): StageReading {
  let mid: string | null = null;
  let retired: string | null = null;
  for (const segment of segments) {
    const s = readSegment(segment);
    retired ??= s.retired;
    if (s.strong) {
      if (s.strong.stage === 'early' && retired) break; // "Retired … | Student of …": the retirement wins
      return { stage: s.strong.stage, retired: retired !== null && s.strong.stage === 'senior', stageWord: s.strong.word };
    }
    mid ??= s.mid;
  }
  if (retired) return { stage: 'senior', retired: true, stageWord: retired };
  if (mid) return { stage: 'mid', retired: false, stageWord: mid };
  if (hasSkills && segments.length > 0) return { stage: 'mid', retired: false, stageWord: segments[0]! };
  return { stage: 'unknown', retired: false, stageWord: null };
}

/**
 * Where the words about someone else's role start in an assistant-type title: "Executive Assistant to the
 * CEO" is not a CEO. The index of the first word after the support word; the word count when there is none.
 */
export function supportedRoleStart(words: readonly string[]): number {
  const support = stageMatcher().find(words).find((hit) => hit.value === 'support');
  return support ? support.end : words.length;
}
