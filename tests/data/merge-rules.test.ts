import { describe, expect, it } from 'vitest';
import { mergeContact, mergeGoals } from '../../utils/data/merge-rules';
import { MAX_GOALS, type Goal } from '../../utils/schemas/journey';
import { ContactSchema } from '../../utils/schemas/contact';
import { contact, T0 } from './helpers';

const goal = (id: string, text: string, doneAt: number | null = null): Goal => ({
  id,
  direction: 'i-learn',
  text,
  doneAt,
  createdAt: T0,
});

describe('merge rules: the mentoring journey (goals, cadence)', () => {
  const saved = contact({ key: 'linkedin:ada', updatedAt: T0 + 10, goals: [goal('g1', 'Post a video')], cadenceWeeks: 4 });

  it('goals of both copies are kept: a goal added on the other device comes over, none is lost', () => {
    const incoming = { ...saved, updatedAt: T0 + 5, goals: [goal('g2', 'Negotiate a salary')] };
    expect(mergeContact(saved, incoming).goals.map((g) => g.id)).toEqual(['g1', 'g2']);
    expect(mergeContact(incoming, saved).goals.map((g) => g.id)).toEqual(['g2', 'g1']);
  });

  it('a goal on both sides follows the later edited copy (a tick set there), a tie keeps the saved one', () => {
    const ticked = { ...saved, updatedAt: T0 + 20, goals: [goal('g1', 'Post a video', T0 + 20)] };
    expect(mergeContact(saved, ticked).goals[0]!.doneAt).toBe(T0 + 20);
    expect(mergeContact(ticked, { ...saved, updatedAt: T0 + 15 }).goals[0]!.doneAt).toBe(T0 + 20);
    expect(mergeContact(saved, { ...ticked, updatedAt: saved.updatedAt }).goals[0]!.doneAt).toBeNull();
  });

  it('never goes over the goal cap, so the merged contact still passes the schema', () => {
    const many = (prefix: string) => Array.from({ length: MAX_GOALS }, (_, i) => goal(`${prefix}${i}`, `Goal ${prefix}${i}`));
    const merged = mergeGoals(many('a'), many('b'), false);
    expect(merged).toHaveLength(MAX_GOALS);
    expect(merged[0]!.id).toBe('a0');
    const contactMerged = mergeContact({ ...saved, goals: many('a') }, { ...saved, updatedAt: T0 + 11, goals: many('b') });
    expect(ContactSchema.safeParse(contactMerged).success).toBe(true);
  });

  it('the cadence follows the later edited copy; a tie keeps what is saved here', () => {
    expect(mergeContact(saved, { ...saved, cadenceWeeks: 12, updatedAt: T0 + 11 }).cadenceWeeks).toBe(12);
    expect(mergeContact(saved, { ...saved, cadenceWeeks: 12, updatedAt: T0 + 9 }).cadenceWeeks).toBe(4);
    expect(mergeContact(saved, { ...saved, cadenceWeeks: 12 })).toBe(saved);
  });
});
