import type { Lang, SkillInfo } from '../matching/types';
import { GoalSchema, GoalTextSchema, MAX_GOALS, type Goal, type GoalDirection } from '../schemas/journey';
import { goalIdea } from './goal-ideas';

export interface GoalSuggestion {
  direction: GoalDirection;
  text: string;
}

export interface SuggestGoalsInput {
  /** Skill ids the other person could teach me. */
  iLearn: readonly string[];
  /** Skill ids the other person would like to learn from me. */
  theyLearn: readonly string[];
  /** Goals the pair already has: a suggestion with the same text is not offered again. */
  existing: readonly Pick<Goal, 'text'>[];
  skills: SkillInfo;
  lang: Lang;
  /** Per direction. */
  limit?: number;
}

const sameText = (text: string) => text.trim().toLocaleLowerCase();

/**
 * Goal ideas from the pair's skills, both directions, in skill order (the order the user tagged them),
 * without ones the pair already has. Pure and deterministic.
 */
export function suggestGoals({ iLearn, theyLearn, existing, skills, lang, limit = 3 }: SuggestGoalsInput): GoalSuggestion[] {
  const taken = new Set(existing.map((goal) => sameText(goal.text)));
  const ideas = (direction: GoalDirection, ids: readonly string[]): GoalSuggestion[] =>
    [...new Set(ids)]
      .map((id) => ({ direction, text: goalIdea(direction, skills.category(id), skills.label(id, lang), lang) }))
      .filter((idea) => !taken.has(sameText(idea.text)))
      .slice(0, limit);
  return [...ideas('i-learn', iLearn), ...ideas('they-learn', theyLearn)];
}

export type GoalChange =
  | { ok: true; goals: Goal[] }
  | { ok: false; problem: 'empty' | 'too-long' | 'duplicate' | 'too-many' | 'not-found' };

/** Adds a goal (trimmed). Refuses empty, over-long, duplicate (same direction and text) and over the cap. */
export function addGoal(goals: readonly Goal[], direction: GoalDirection, text: string, id: string, now: number): GoalChange {
  const checked = GoalTextSchema.safeParse(text);
  if (!checked.success) return { ok: false, problem: text.trim() === '' ? 'empty' : 'too-long' };
  if (goals.some((goal) => goal.direction === direction && sameText(goal.text) === sameText(checked.data))) {
    return { ok: false, problem: 'duplicate' };
  }
  if (goals.length >= MAX_GOALS) return { ok: false, problem: 'too-many' };
  const goal = GoalSchema.parse({ id, direction, text: checked.data, doneAt: null, createdAt: now });
  return { ok: true, goals: [...goals, goal] };
}

/** Marks a goal done (now) or open again. */
export function setGoalDone(goals: readonly Goal[], id: string, done: boolean, now: number): GoalChange {
  if (!goals.some((goal) => goal.id === id)) return { ok: false, problem: 'not-found' };
  return { ok: true, goals: goals.map((goal) => (goal.id === id ? { ...goal, doneAt: done ? (goal.doneAt ?? now) : null } : goal)) };
}

export function removeGoal(goals: readonly Goal[], id: string): GoalChange {
  if (!goals.some((goal) => goal.id === id)) return { ok: false, problem: 'not-found' };
  return { ok: true, goals: goals.filter((goal) => goal.id !== id) };
}

export const isGoalDone = (goal: Pick<Goal, 'doneAt'>): boolean => goal.doneAt !== null;

export const openGoals = (goals: readonly Goal[]): Goal[] => goals.filter((goal) => !isGoalDone(goal));
