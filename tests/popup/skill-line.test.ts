import { describe, expect, it } from 'vitest';
import { fitSkillLine, fitSkills, skillText } from '../../components/popup/skill-line';

/** 1 px per character: easy to reason about. */
const chars = (text: string) => text.length;

describe('fitSkills', () => {
  it('shows every skill when they fit', () => {
    const fitted = fitSkills(['Generative AI', 'Figma'], 100, chars);
    expect(fitted).toEqual({ shown: ['Generative AI', 'Figma'], more: 0 });
    expect(skillText(fitted.shown, fitted.more)).toBe('Generative AI, Figma');
  });

  it('cuts at a whole skill and counts the rest', () => {
    // "Generative AI, TikTok Marketing +1" is 34 characters; with the third skill it would be 46.
    const fitted = fitSkills(['Generative AI', 'TikTok Marketing', 'User Research'], 40, chars);
    expect(fitted).toEqual({ shown: ['Generative AI', 'TikTok Marketing'], more: 1 });
    expect(skillText(fitted.shown, fitted.more)).toBe('Generative AI, TikTok Marketing +1');
  });

  it('leaves room for the "+N" it adds', () => {
    // "A, BBBB" fits in 7 but "A, BBBB +1" does not: only A is shown, with +2.
    expect(fitSkills(['A', 'BBBB', 'C'], 7, chars)).toEqual({ shown: ['A'], more: 2 });
  });

  it('always shows the first skill, even when it alone is too wide', () => {
    expect(fitSkills(['Unternehmensstrategie', 'Führung'], 5, chars)).toEqual({ shown: ['Unternehmensstrategie'], more: 1 });
  });

  it('shows nothing for no skills', () => {
    expect(fitSkills([], 100, chars)).toEqual({ shown: [], more: 0 });
  });
});

describe('fitSkillLine', () => {
  const line = (first: string[], second: string[], total: number) => {
    const fitted = fitSkillLine(first, second, total, 2, 2, chars);
    return [skillText(fitted.first.shown, fitted.first.more), skillText(fitted.second.shown, fitted.second.more)];
  };

  it('shows both sides whole when they fit', () => {
    expect(line(['Generative AI', 'Figma'], ['Leadership'], 60)).toEqual(['Generative AI, Figma', 'Leadership']);
  });

  it('lets one side use the room the other leaves', () => {
    // Half of 50 (less the gap) is 24; "Leadership" takes 12 with its arrow, so the first side gets 36.
    expect(line(['Generative AI', 'TikTok Marketing', 'Figma'], ['Leadership'], 50)).toEqual([
      'Generative AI, TikTok Marketing +1',
      'Leadership',
    ]);
    expect(line(['Leadership'], ['Generative AI', 'TikTok Marketing', 'Figma'], 50)).toEqual([
      'Leadership',
      'Generative AI, TikTok Marketing +1',
    ]);
  });

  it('never takes from what the other side shows in its half', () => {
    const [first, second] = line(['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo'], ['One', 'Two', 'Three', 'Four'], 40);
    // 19 px each: "Alpha, Bravo +3" (15 + arrow 2) and "One, Two +2" (11 + 2). The first cannot use the spare
    // room for "Charlie" (24 + 2 > 25); the second then takes what the first leaves (21): one more skill.
    expect(second).toBe('One, Two, Three +1');
    expect(first).toBe('Alpha, Bravo +3');
  });

  it('gives the whole line to the only side', () => {
    expect(line([], ['Corporate Strategy', 'Leadership', 'Negotiation'], 40)).toEqual(['', 'Corporate Strategy, Leadership +1']);
    expect(line(['Corporate Strategy', 'Leadership'], [], 40)).toEqual(['Corporate Strategy, Leadership', '']);
  });

  it('keeps the texts within the line', () => {
    const first = ['Data Visualization', 'Generative AI', 'TikTok Marketing', 'User Research'];
    const second = ['Corporate Strategy', 'Negotiation', 'Leadership'];
    for (const total of [30, 45, 60, 80, 100, 140]) {
      const fitted = fitSkillLine(first, second, total, 2, 2, chars);
      const used = (f: { shown: string[]; more: number }) => 2 + skillText(f.shown, f.more).length;
      if (fitted.first.shown.length > 1) expect(used(fitted.first)).toBeLessThanOrEqual(fitted.firstWidth);
      if (fitted.second.shown.length > 1) expect(used(fitted.second)).toBeLessThanOrEqual(fitted.secondWidth);
      expect(fitted.firstWidth + fitted.secondWidth).toBeLessThanOrEqual(total - 2);
    }
  });
});
