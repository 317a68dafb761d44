import { z } from 'zod';
import { isOpenableOrEmpty } from '../schemas/profile-url';
import { DueReasonSchema } from '../reminders/due';
import { ContactStatusSchema } from '../schemas/contact';

/** Match kinds as computeMatch names them (utils/matching/types.ts PairingKind). */
export const PairingKindSchema = z.enum(['reverse', 'classic', 'peer', 'none']);

export const POPUP_SORTS = ['potential', 'updated', 'name', 'followUp'] as const;
export const PopupSortSchema = z.enum(POPUP_SORTS);
export type PopupSort = z.infer<typeof PopupSortSchema>;

const skillId = z.string().min(1).max(200);

/**
 * What narrows the list: the one definition of the popup's filter fields and their "no filter" defaults
 * (empty arrays / null / false). The defaults, the Clear button, the active-filter count and `sameView`
 * all derive from it, so a new field needs no other list (see ARCHITECTURE.md, "A popup filter").
 */
export const PopupFiltersSchema = z.object({
  /** Only people who could teach me this skill. */
  teachSkill: skillId.nullable().default(null),
  /** Only people who would like to learn this skill (from me). */
  learnSkill: skillId.nullable().default(null),
  statuses: z.array(ContactStatusSchema).max(6).default(() => []),
  kinds: z.array(PairingKindSchema).max(4).default(() => []),
  /** Only follow-ups that are due and relationships stuck in one status. */
  due: z.boolean().default(false),
});
export type PopupFilters = z.infer<typeof PopupFiltersSchema>;

/** The filter fields, in the schema's order. */
export const FILTER_FIELDS = Object.keys(PopupFiltersSchema.shape) as (keyof PopupFilters)[];

/** Every filter at "no filter". */
export const NO_FILTERS: PopupFilters = Object.freeze(PopupFiltersSchema.parse({}));

/** Everything the user chose in the popup; remembered so it survives closing and reopening it. */
export const PopupViewSchema = z.object({
  query: z.string().max(200).default(''),
  filters: PopupFiltersSchema.default(() => PopupFiltersSchema.parse({})),
  sort: PopupSortSchema.default('potential'),
});
export type PopupView = z.infer<typeof PopupViewSchema>;

export const DEFAULT_POPUP_VIEW: PopupView = Object.freeze(PopupViewSchema.parse({}));


/** One list row: only what the row shows, so a page of rows crosses the message boundary quickly. */
export const PopupRowSchema = z.object({
  key: z.string(),
  /** Only ever an https LinkedIn/XING address (or '' when there is none): the popup opens it on click. */
  url: z.string().refine(isOpenableOrEmpty, 'not a LinkedIn or XING address'),
  name: z.string(),
  /** "Role · Company", or the headline when neither is known. */
  subtitle: z.string(),
  kind: PairingKindSchema,
  score: z.number(),
  /** Top skill ids each way, best evidence first. */
  theyTeachMe: z.array(z.string()),
  iTeachThem: z.array(z.string()),
  status: ContactStatusSchema,
  followUpAt: z.number().nullable(),
  due: DueReasonSchema.nullable(),
  updatedAt: z.number(),
  /** Set when the career start is estimated from the title: the word it rests on ("Werkstudentin"). */
  estimatedFrom: z.string().nullable().default(null),
});
export type PopupRow = z.infer<typeof PopupRowSchema>;

const count = z.number().int().nonnegative();

export const SkillCoverageSchema = z.object({ skill: z.string(), people: count });
export type SkillCoverage = z.infer<typeof SkillCoverageSchema>;

/** The whole network at a glance (independent of the search and filters). */
export const PopupSummarySchema = z.object({
  total: count,
  byStatus: z.record(ContactStatusSchema, count),
  followUpsDue: count,
  stuck: count,
  /** For each of my learning goals: how many people could teach it. */
  couldTeachMe: z.array(SkillCoverageSchema),
  /** For each skill I teach: how many people would like to learn it. */
  couldLearnFromMe: z.array(SkillCoverageSchema),
  /** Skills that come up most in the network (for the skill filter), most frequent first. */
  commonSkills: z.array(z.string()).max(60),
  /** The mentoring journey: goals of all pairs, and how many are done. */
  goals: z.object({ total: count, done: count }),
});
export type PopupSummary = z.infer<typeof PopupSummarySchema>;

export const QueryContactsInputSchema = z.object({
  /** Omitted: use the view remembered from last time (the popup's first request after opening). */
  view: PopupViewSchema.optional(),
  offset: z.number().int().nonnegative(),
  limit: z.number().int().min(0).max(500),
});
export type QueryContactsInput = z.infer<typeof QueryContactsInputSchema>;

export const QueryContactsOutputSchema = z.object({
  view: PopupViewSchema,
  rows: z.array(PopupRowSchema),
  offset: z.number().int().nonnegative(),
  /** How many contacts match the view (all pages). */
  total: count,
  summary: PopupSummarySchema,
});
export type QueryContactsOutput = z.infer<typeof QueryContactsOutputSchema>;

