import { z } from 'zod';
import { PlatformSchema, ProfileSchema } from './profile';
import { LIMITS, MAX_EPOCH_MS } from './limits';
import { isCanonicalUrlOf } from './profile-url';
import { CadenceWeeksSchema, GoalsSchema, SessionDetailsSchema } from './journey';

/** Where a relationship stands, in the order it usually moves. */
export const CONTACT_STATUSES = ['idea', 'contacted', 'conversation', 'mentoring', 'paused', 'closed'] as const;
export const ContactStatusSchema = z.enum(CONTACT_STATUSES);
export type ContactStatus = z.infer<typeof ContactStatusSchema>;

/** Which way the mentoring runs; null until the user says. */
export const MentoringDirectionSchema = z.enum(['they-mentor-me', 'i-mentor-them', 'mutual']);
export type MentoringDirection = z.infer<typeof MentoringDirectionSchema>;

export const ContactSourceSchema = z.enum(['sidebar', 'import']);

/** Bounded so that every stored date formats (no "Invalid time value") and none can win merges forever. */
export const EpochMsSchema = z.number().int().nonnegative().max(MAX_EPOCH_MS);
const epochMs = EpochMsSchema;
const short = z.string().max(LIMITS.shortText);
const skillIds = z.array(z.string().min(1).max(LIMITS.skillId)).max(LIMITS.tags);
/** `linkedin:slug`, `linkedin-id:ACoAA…` or `xing:slug` (see utils/sites/canonical.ts). */
export const ContactKeySchema = z
  .string()
  .max(LIMITS.key)
  .regex(/^(linkedin|linkedin-id|xing):\S+$/, 'not a profile key');

/**
 * A saved person. Profile fields are copied from the last parse so the popup can list, search and rank
 * without re-reading pages; `profile` keeps the full snapshot for matching.
 */
const ContactFieldsSchema = z.object({
  key: ContactKeySchema,
  platform: PlatformSchema,
  /** Exactly the canonical profile URL of `key` (checked below): the only link a contact can open. */
  url: z.string().max(LIMITS.url),
  name: z.string().min(1).max(LIMITS.name),
  headline: short.nullable(),
  location: short.nullable(),
  currentRole: short.nullable(),
  currentCompany: short.nullable(),
  careerStartYear: z.number().int().min(1900).max(2200).nullable(),
  profile: ProfileSchema.nullable(),
  /** Skill ids (catalogue or `custom:…`) this person could teach me. */
  teachSkills: skillIds,
  /** Skill ids this person would like to learn (from me). */
  learnSkills: skillIds,
  status: ContactStatusSchema,
  direction: MentoringDirectionSchema.nullable(),
  /** When to get back to this person (epoch ms), or null. */
  followUpAt: epochMs.nullable(),
  /** Goals of the pair, both directions (schema v3; defaults fill rows written before it). */
  goals: GoalsSchema.default([]),
  /** Keep-in-touch cadence in weeks (0 = none): each interaction moves `followUpAt` that far ahead. */
  cadenceWeeks: CadenceWeeksSchema.default(0),
  statusChangedAt: epochMs,
  createdAt: epochMs,
  updatedAt: epochMs,
  source: ContactSourceSchema,
  /** "Connected On" date from a LinkedIn export (YYYY-MM-DD), if imported. */
  connectedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
});

type UrlFields = { key: string; url: string; platform: z.infer<typeof PlatformSchema> };
function checkUrl(contact: UrlFields, ctx: z.RefinementCtx): void {
  if (!isCanonicalUrlOf(contact.url, contact.key, contact.platform)) {
    ctx.addIssue({ code: 'custom', path: ['url'], message: 'not the canonical profile URL of the contact’s key' });
  }
}

export const ContactSchema = ContactFieldsSchema.superRefine((contact, ctx) => {
  checkUrl(contact, ctx);
  if (contact.profile && contact.profile.key !== contact.key) {
    ctx.addIssue({ code: 'custom', path: ['profile', 'key'], message: 'profile of another person' });
  }
});
export type Contact = z.infer<typeof ContactSchema>;

/**
 * The fields a new contact takes from an import row, with ContactSchema's rules; its other fields are constants
 * of newContact() (merge-import.ts). Checking these alone takes a third to a half of ContactSchema's time: for
 * 10,000 rows in an extension page, where zod runs without its code generation (CSP), 100–220 vs 300–490 ms.
 */
export const ImportedContactFieldsSchema = ContactFieldsSchema.pick({
  key: true,
  platform: true,
  url: true,
  name: true,
  currentRole: true,
  currentCompany: true,
  connectedOn: true,
  createdAt: true,
}).superRefine(checkUrl);

export const TIMELINE_EVENTS = ['saved', 'status-changed', 'outreach-copied', 'imported', 'follow-up-set', 'session'] as const;
export const TimelineEventSchema = z.enum(TIMELINE_EVENTS);
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

/** A note's text: the one note length limit, read by the message map and the note editors. */
export const NoteTextSchema = z.string().max(LIMITS.noteText);

/** One entry in a contact's story: a note the user wrote, or an event the extension recorded. */
export const TimelineEntrySchema = z.object({
  id: z.string().min(1).max(LIMITS.key),
  contactKey: ContactKeySchema,
  kind: z.enum(['note', 'event']),
  /** Note text (plain text, line breaks kept) or a short event detail such as the new status. */
  text: NoteTextSchema,
  event: TimelineEventSchema.nullable(),
  createdAt: epochMs,
  /** Only on `session` events: the day and what each side learned. */
  session: SessionDetailsSchema.optional(),
  updatedAt: epochMs,
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

/** A free-text skill the user typed that is not in the catalogue; suggested afterwards. */
export const CustomSkillSchema = z.object({
  id: z.string().startsWith('custom:').max(LIMITS.skillId),
  label: z.string().min(1).max(LIMITS.shortText),
  createdAt: epochMs,
});
export type CustomSkill = z.infer<typeof CustomSkillSchema>;
