import { describe, expect, it } from 'vitest';
import { summarise } from '../../utils/network/summary';
import { T0, entryOf, makeContact, me } from './helpers';

const goal = (id: string, doneAt: number | null) => ({ id, direction: 'i-learn' as const, text: `goal ${id}`, doneAt, createdAt: T0 });

describe('journey at a glance', () => {
  it('counts the goals of all pairs and how many are done', () => {
    const entries = [
      makeContact('a', { status: 'mentoring', goals: [goal('1', T0), goal('2', null)] }),
      makeContact('b', { status: 'conversation', goals: [goal('3', T0)] }),
      makeContact('c'),
    ].map((contact) => entryOf(contact));
    const summary = summarise(entries, me(), T0);
    expect(summary.goals).toEqual({ total: 3, done: 2 });
    expect(summary.byStatus).toMatchObject({ mentoring: 1, conversation: 1, idea: 1 });
  });

  it('is zero for a network without goals', () => {
    expect(summarise([entryOf(makeContact('x'))], me(), T0).goals).toEqual({ total: 0, done: 0 });
  });
});
