import { z } from 'zod';
import { LIMITS } from './limits';
import { isSafeSiteUrl } from './profile-url';

/** Which site a profile comes from. */
export const PlatformSchema = z.enum(['linkedin', 'xing']);
export type Platform = z.infer<typeof PlatformSchema>;

/** Year-month as the sites show it: `2021-04`, or only `2002` when the site gives a year. */
export const YearMonthSchema = z.string().regex(/^\d{4}(-\d{2})?$/);

const short = z.string().max(LIMITS.shortText);
/** A year a person could have started a job or school in: keeps arithmetic on years sane. */
const year = z.number().int().min(1900).max(2200);

export const ExperienceSchema = z.object({
  title: short,
  company: short.nullable(),
  start: YearMonthSchema.nullable(),
  /** null while the role is current. */
  end: YearMonthSchema.nullable(),
  current: z.boolean(),
  /** The date line exactly as shown, for diagnosing parse problems. */
  dateText: z.string().max(LIMITS.dateText).nullable(),
});
export type Experience = z.infer<typeof ExperienceSchema>;

export const EducationSchema = z.object({
  school: short,
  degree: short.nullable(),
  startYear: year.nullable(),
  endYear: year.nullable(),
});
export type Education = z.infer<typeof EducationSchema>;

/** Rough career start, and what it was derived from, so matching can tell juniors from seniors. */
export const CareerStartSchema = z.object({
  year,
  source: z.enum(['experience', 'education']),
});
export type CareerStart = z.infer<typeof CareerStartSchema>;

/** What a site adapter reads from a profile page. Fields missing on the page are null or empty. */
export const ProfileSchema = z.object({
  platform: PlatformSchema,
  /** Canonical profile key, one per person (see utils/sites/canonical.ts). */
  key: z.string().min(1).max(LIMITS.key),
  /** Canonical profile URL for opening the profile again: only ever https on the site itself. */
  url: z.string().max(LIMITS.url).refine(isSafeSiteUrl, 'not an https LinkedIn or XING address'),
  name: z.string().min(1).max(LIMITS.name),
  headline: short.nullable(),
  location: short.nullable(),
  currentRole: short.nullable(),
  currentCompany: short.nullable(),
  about: z.string().max(LIMITS.about).nullable(),
  skills: z.array(short).max(LIMITS.skills),
  experience: z.array(ExperienceSchema).max(LIMITS.experience),
  education: z.array(EducationSchema).max(LIMITS.education),
  earliestExperienceYear: year.nullable(),
  earliestEducationYear: year.nullable(),
  careerStart: CareerStartSchema.nullable(),
  /** XING "Ich biete" (haves): what the person offers — suggestions for "could teach me". */
  offers: z.array(short).max(LIMITS.skills).optional(),
  /** XING "Ich suche" (wants): what the person looks for — suggestions for "could learn from me". */
  seeks: z.array(short).max(LIMITS.skills).optional(),
});
export type Profile = z.infer<typeof ProfileSchema>;
