import { z } from 'zod';

/**
 * The mentoring journey of one pair: goals both ways, a keep-in-touch cadence and logged sessions.
 * Pure schemas: stored on the contact (goals, cadence) and on timeline entries (session details).
 */

/** Keep-in-touch cadence in weeks; 0 means none (no automatic follow-up). */
export const CADENCE_WEEKS = [0, 2, 4, 8, 12] as const;
export const CadenceWeeksSchema = z.literal(CADENCE_WEEKS);
export type CadenceWeeks = z.infer<typeof CadenceWeeksSchema>;

/** Who learns in a goal: reverse mentoring runs both ways, so every pair has goals on both sides. */
export const GoalDirectionSchema = z.enum(['i-learn', 'they-learn']);
export type GoalDirection = z.infer<typeof GoalDirectionSchema>;

/** A goal is a short sentence, not a document; a pair with more than this many has lost focus (and a cap keeps rows small). */
export const MAX_GOAL_TEXT = 200;
export const MAX_GOALS = 40;

const epochMs = z.number().int().nonnegative();

export const GoalTextSchema = z.string().trim().min(1).max(MAX_GOAL_TEXT);

export const GoalSchema = z.object({
  id: z.string().min(1).max(64),
  direction: GoalDirectionSchema,
  text: GoalTextSchema,
  /** When it was marked done, or null while open. */
  doneAt: epochMs.nullable(),
  createdAt: epochMs,
});
export type Goal = z.infer<typeof GoalSchema>;

export const GoalsSchema = z.array(GoalSchema).max(MAX_GOALS);

/** `YYYY-MM-DD`, a day in the user's calendar (what a date input gives). */
export const DayInputSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Limits of a logged session's texts (the form's maxLength reads them too). */
export const MAX_SESSION_NOTES = 20_000;
export const MAX_SESSION_LEARNED = 5_000;

/** What the user tells about one session; stored on its `session` timeline event. */
export const SessionDetailsSchema = z.object({
  date: DayInputSchema,
  notes: z.string().max(MAX_SESSION_NOTES),
  iLearned: z.string().max(MAX_SESSION_LEARNED),
  theyLearned: z.string().max(MAX_SESSION_LEARNED),
});
export type SessionDetails = z.infer<typeof SessionDetailsSchema>;
