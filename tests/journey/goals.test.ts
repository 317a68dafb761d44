import { describe, expect, it } from 'vitest';
import { addGoal, openGoals, removeGoal, setGoalDone, suggestGoals } from '../../utils/journey/goals';
import { MAX_GOALS, type Goal } from '../../utils/schemas/journey';
import { fakeSkills } from '../matching/fake-skills';

const NOW = Date.UTC(2026, 0, 5);

function goals(...texts: string[]): Goal[] {
  return texts.map((text, i) => ({ id: `g${i}`, direction: 'i-learn', text, doneAt: null, createdAt: NOW }));
}

describe('suggestGoals', () => {
  it('suggests goals both ways from the pair skills, named in the language', () => {
    const en = suggestGoals({ iLearn: ['tiktok'], theyLearn: ['negotiation', 'custom:pottery'], existing: [], skills: fakeSkills, lang: 'en' });
    expect(en.map((s) => s.direction)).toEqual(['i-learn', 'they-learn', 'they-learn']);
    expect(en[0]!.text).toContain('TikTok marketing');
    expect(en[1]!.text).toContain('negotiation');
    expect(en[2]!.text).toContain('pottery');
    const de = suggestGoals({ iLearn: ['tiktok'], theyLearn: ['negotiation'], existing: [], skills: fakeSkills, lang: 'de' });
    expect(de[0]!.text).toContain('TikTok-Marketing');
    expect(de[1]!.text).toContain('Verhandlungsführung');
    expect(de[0]!.text).not.toBe(en[0]!.text);
  });

  it('leaves out goals the pair already has, duplicate skills, and stops at the limit', () => {
    const first = suggestGoals({ iLearn: ['genai', 'genai', 'python', 'excel', 'figma'], theyLearn: [], existing: [], skills: fakeSkills, lang: 'en' });
    expect(first).toHaveLength(3);
    expect(new Set(first.map((s) => s.text)).size).toBe(3);
    const again = suggestGoals({
      iLearn: ['genai', 'python'],
      theyLearn: [],
      existing: [{ text: ` ${first[0]!.text.toUpperCase()} ` }],
      skills: fakeSkills,
      lang: 'en',
    });
    expect(again.map((s) => s.text)).toEqual([first[1]!.text]);
  });

  it('suggests nothing when the pair has no skills', () => {
    expect(suggestGoals({ iLearn: [], theyLearn: [], existing: [], skills: fakeSkills, lang: 'en' })).toEqual([]);
  });
});

describe('goal changes', () => {
  it('adds trimmed goals and refuses empty, too long, duplicate and over the cap', () => {
    const added = addGoal([], 'they-learn', '  Prepare a salary negotiation ', 'a', NOW);
    expect(added).toEqual({ ok: true, goals: [{ id: 'a', direction: 'they-learn', text: 'Prepare a salary negotiation', doneAt: null, createdAt: NOW }] });
    expect(addGoal([], 'i-learn', '   ', 'b', NOW)).toEqual({ ok: false, problem: 'empty' });
    expect(addGoal([], 'i-learn', 'x'.repeat(201), 'b', NOW)).toEqual({ ok: false, problem: 'too-long' });
    expect(addGoal(goals('Post a video'), 'i-learn', 'post a VIDEO', 'b', NOW)).toEqual({ ok: false, problem: 'duplicate' });
    // The same text in the other direction is a different goal.
    expect(addGoal(goals('Post a video'), 'they-learn', 'Post a video', 'b', NOW).ok).toBe(true);
    const full = goals(...Array.from({ length: MAX_GOALS }, (_, i) => `goal ${i}`));
    expect(addGoal(full, 'i-learn', 'one more', 'b', NOW)).toEqual({ ok: false, problem: 'too-many' });
  });

  it('marks done and open again, keeping the first done time; removes', () => {
    const start = goals('a', 'b');
    const done = setGoalDone(start, 'g1', true, NOW + 5);
    if (!done.ok) throw new Error(done.problem);
    expect(done.goals[1]!.doneAt).toBe(NOW + 5);
    expect(openGoals(done.goals).map((g) => g.id)).toEqual(['g0']);
    const again = setGoalDone(done.goals, 'g1', true, NOW + 9);
    expect(again.ok && again.goals[1]!.doneAt).toBe(NOW + 5);
    const reopened = setGoalDone(done.goals, 'g1', false, NOW + 9);
    expect(reopened.ok && reopened.goals[1]!.doneAt).toBe(null);
    expect(setGoalDone(start, 'nope', true, NOW)).toEqual({ ok: false, problem: 'not-found' });
    const removed = removeGoal(start, 'g0');
    expect(removed.ok && removed.goals.map((g) => g.id)).toEqual(['g1']);
  });
});
