import { z } from 'zod';

/** Which site a profile comes from. */
export const PlatformSchema = z.enum(['linkedin', 'xing']);
export type Platform = z.infer<typeof PlatformSchema>;

/** Year-month as the sites show it: `2021-04`, or only `2002` when the site gives a year. */
export const YearMonthSchema = z.string().regex(/^\d{4}(-\d{2})?$/);

export const ExperienceSchema = z.object({
  title: z.string(),
  company: z.string().nullable(),
  start: YearMonthSchema.nullable(),
  /** null while the role is current. */
  end: YearMonthSchema.nullable(),
  current: z.boolean(),
  /** The date line exactly as shown, for diagnosing parse problems. */
  dateText: z.string().nullable(),
});
export type Experience = z.infer<typeof ExperienceSchema>;

export const EducationSchema = z.object({
  school: z.string(),
  degree: z.string().nullable(),
  startYear: z.number().int().nullable(),
  endYear: z.number().int().nullable(),
});
export type Education = z.infer<typeof EducationSchema>;

/** Rough career start, and what it was derived from, so matching can tell juniors from seniors. */
export const CareerStartSchema = z.object({
  year: z.number().int(),
  source: z.enum(['experience', 'education']),
});
export type CareerStart = z.infer<typeof CareerStartSchema>;

/** What a site adapter reads from a profile page. Fields missing on the page are null or empty. */
export const ProfileSchema = z.object({
  platform: PlatformSchema,
  /** Canonical profile key, one per person (see utils/sites/canonical.ts). */
  key: z.string().min(1),
  /** Canonical profile URL for opening the profile again. */
  url: z.string().url(),
  name: z.string().min(1),
  headline: z.string().nullable(),
  location: z.string().nullable(),
  currentRole: z.string().nullable(),
  currentCompany: z.string().nullable(),
  about: z.string().nullable(),
  skills: z.array(z.string()),
  experience: z.array(ExperienceSchema),
  education: z.array(EducationSchema),
  earliestExperienceYear: z.number().int().nullable(),
  earliestEducationYear: z.number().int().nullable(),
  careerStart: CareerStartSchema.nullable(),
  /** XING "Ich biete" (haves): what the person offers — suggestions for "could teach me". */
  offers: z.array(z.string()).optional(),
  /** XING "Ich suche" (wants): what the person looks for — suggestions for "could learn from me". */
  seeks: z.array(z.string()).optional(),
});
export type Profile = z.infer<typeof ProfileSchema>;
