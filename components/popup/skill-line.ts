/**
 * A row's skill line cuts at whole skills ("TikTok Marketing +2"), never mid-word: the pure fitting here,
 * the text measuring (canvas, no layout) in `measureText`.
 */

export interface FittedSkills {
  shown: string[];
  /** How many of the row's skills did not fit. */
  more: number;
}

/** The text of one side of the skill line. */
export function skillText(shown: readonly string[], more: number): string {
  return shown.join(', ') + (more > 0 ? ` +${more}` : '');
}

/**
 * As many whole skills (in order) as fit into `available` px together with their "+N". The first skill is
 * always shown, even when it alone is too wide (CSS ellipsis then shortens it).
 */
export function fitSkills(labels: readonly string[], available: number, measure: (text: string) => number): FittedSkills {
  if (labels.length === 0) return { shown: [], more: 0 };
  let count = 1;
  while (count < labels.length && measure(skillText(labels.slice(0, count + 1), labels.length - count - 1)) <= available) {
    count += 1;
  }
  return { shown: labels.slice(0, count), more: labels.length - count };
}

export interface FittedLine {
  first: FittedSkills;
  second: FittedSkills;
  /** Room in px each side may take (a side's text fits in it, except a single over-long skill). */
  firstWidth: number;
  secondWidth: number;
}

/**
 * Shares one line between two lists of skills, `gap` px apart, each side's text starting with a `prefix`
 * (the arrow). Each side first gets half; then one side may take what the other leaves unused (never taking
 * from what the other showed in its half). Of the two ways round, the one showing more skills wins; on a
 * tie the first side (what they could teach me) gets the room.
 */
export function fitSkillLine(
  first: readonly string[],
  second: readonly string[],
  total: number,
  gap: number,
  prefix: number,
  measure: (text: string) => number,
): FittedLine {
  const width = (fitted: FittedSkills) => (fitted.shown.length === 0 ? 0 : prefix + measure(skillText(fitted.shown, fitted.more)));
  const fit = (labels: readonly string[], room: number) => fitSkills(labels, room - prefix, measure);
  if (second.length === 0) return { first: fit(first, total), second: fitSkills([], 0, measure), firstWidth: total, secondWidth: 0 };
  if (first.length === 0) return { first: fitSkills([], 0, measure), second: fit(second, total), firstWidth: 0, secondWidth: total };
  const room = Math.max(0, total - gap);
  const half = room / 2;
  const halfFirst = fit(first, half);
  const halfSecond = fit(second, half);

  // The first side grows into what the second leaves unused, then the second takes what is still left
  // (at least what it showed in its half: the first side only took room the second did not use).
  const firstRoomA = Math.max(half, room - width(halfSecond));
  const firstA = fit(first, firstRoomA);
  const firstUsedA = Math.min(width(firstA), firstRoomA);
  const a: FittedLine = { first: firstA, second: fit(second, room - firstUsedA), firstWidth: firstUsedA, secondWidth: room - firstUsedA };
  // ... or the other way round.
  const secondRoomB = Math.max(half, room - width(halfFirst));
  const secondB = fit(second, secondRoomB);
  const secondUsedB = Math.min(width(secondB), secondRoomB);
  const b: FittedLine = { first: fit(first, room - secondUsedB), second: secondB, firstWidth: room - secondUsedB, secondWidth: secondUsedB };

  const shown = (line: FittedLine) => line.first.shown.length + line.second.shown.length;
  return shown(b) > shown(a) ? b : a;
}

let context: CanvasRenderingContext2D | null | undefined;
let family = '';
let fontSize = 0;
const widths = new Map<string, number>();

/** Width in px of `text` in the popup's font at `sizePx` (cached: rows repeat the same skills). */
export function measureText(text: string, sizePx = 12): number {
  const cacheKey = `${sizePx}|${text}`;
  const known = widths.get(cacheKey);
  if (known !== undefined) return known;
  if (context === undefined) {
    context = document.createElement('canvas').getContext('2d');
    family = getComputedStyle(document.documentElement).fontFamily;
  }
  if (!context) return text.length * sizePx * 0.6;
  // Setting the font parses it again: only when the size changes (a first render measures hundreds of texts).
  if (fontSize !== sizePx) {
    context.font = `${sizePx}px ${family}`;
    fontSize = sizePx;
  }
  const width = context.measureText(text).width;
  if (widths.size > 5000) widths.clear();
  widths.set(cacheKey, width);
  return width;
}
