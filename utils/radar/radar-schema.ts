import { z } from 'zod';

const PairingKind = z.enum(['reverse', 'classic', 'peer', 'none']);
const count = z.number().int().nonnegative();

/** One person on the radar, with the one-line reason (already in the UI language). */
export const RadarPersonSchema = z.object({
  key: z.string(),
  url: z.string(),
  name: z.string(),
  subtitle: z.string(),
  kind: PairingKind,
  score: z.number(),
  reason: z.string(),
});
export type RadarPerson = z.infer<typeof RadarPersonSchema>;

/** A skill of mine (a goal or something I teach) and the best-placed people for it; empty when nobody covers it. */
export const RadarSkillSchema = z.object({ skill: z.string(), label: z.string(), total: count, people: z.array(RadarPersonSchema) });
export type RadarSkill = z.infer<typeof RadarSkillSchema>;

export const RadarViewSchema = z.object({
  total: count,
  /** For each of my learning goals (all listed, covered or not): who could teach it. */
  goals: z.array(RadarSkillSchema),
  /** For each skill I teach: who could learn it. */
  teach: z.array(RadarSkillSchema),
  /** The strongest two-way reverse-mentoring pairs with me. */
  pairs: z.array(RadarPersonSchema),
});
export type RadarView = z.infer<typeof RadarViewSchema>;

export const RadarInputSchema = z.object({ lang: z.enum(['en', 'de']), perSkill: z.number().int().min(1).max(200) });
export type RadarInput = z.infer<typeof RadarInputSchema>;

export const IntroductionsInputSchema = z.object({ best: z.number().int().min(1).max(50) });

const IntroSideSchema = z.object({ key: z.string(), name: z.string(), subtitle: z.string(), url: z.string(), teaches: z.array(z.string()) });
export const IntroductionViewSchema = z.object({ score: z.number(), junior: IntroSideSchema, senior: IntroSideSchema });
export type IntroductionView = z.infer<typeof IntroductionViewSchema>;
export const IntroductionsOutputSchema = z.object({ pairs: z.array(IntroductionViewSchema), candidatesCompared: count });
