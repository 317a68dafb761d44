import { z } from 'zod';
import { PlatformSchema, ProfileSchema } from './profile';
import { CadenceWeeksSchema, GoalsSchema, SessionDetailsSchema } from './journey';

/** Where a relationship stands, in the order it usually moves. */
export const CONTACT_STATUSES = ['idea', 'contacted', 'conversation', 'mentoring', 'paused', 'closed'] as const;
export const ContactStatusSchema = z.enum(CONTACT_STATUSES);
export type ContactStatus = z.infer<typeof ContactStatusSchema>;

/** Which way the mentoring runs; null until the user says. */
export const MentoringDirectionSchema = z.enum(['they-mentor-me', 'i-mentor-them', 'mutual']);
export type MentoringDirection = z.infer<typeof MentoringDirectionSchema>;

export const ContactSourceSchema = z.enum(['sidebar', 'import', 'restore']);

const epochMs = z.number().int().nonnegative();

/**
 * A saved person. Profile fields are copied from the last parse so the popup can list, search and rank
 * without re-reading pages; `profile` keeps the full snapshot for matching.
 */
export const ContactSchema = z.object({
  key: z.string().min(1),
  platform: PlatformSchema,
  url: z.string().url(),
  name: z.string().min(1),
  headline: z.string().nullable(),
  location: z.string().nullable(),
  currentRole: z.string().nullable(),
  currentCompany: z.string().nullable(),
  careerStartYear: z.number().int().nullable(),
  profile: ProfileSchema.nullable(),
  /** Skill ids (catalogue or `custom:…`) this person could teach me. */
  teachSkills: z.array(z.string()),
  /** Skill ids this person would like to learn (from me). */
  learnSkills: z.array(z.string()),
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
  connectedOn: z.string().nullable(),
});
export type Contact = z.infer<typeof ContactSchema>;

export const TIMELINE_EVENTS = ['saved', 'status-changed', 'outreach-copied', 'imported', 'follow-up-set', 'session'] as const;
export const TimelineEventSchema = z.enum(TIMELINE_EVENTS);
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

/** One entry in a contact's story: a note the user wrote, or an event the extension recorded. */
export const TimelineEntrySchema = z.object({
  id: z.string().min(1),
  contactKey: z.string().min(1),
  kind: z.enum(['note', 'event']),
  /** Note text (plain text, line breaks kept) or a short event detail such as the new status. */
  text: z.string(),
  event: TimelineEventSchema.nullable(),
  createdAt: epochMs,
  /** Only on `session` events: the day and what each side learned. */
  session: SessionDetailsSchema.optional(),
  updatedAt: epochMs,
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

/** A free-text skill the user typed that is not in the catalogue; suggested afterwards. */
export const CustomSkillSchema = z.object({
  id: z.string().startsWith('custom:'),
  label: z.string().min(1),
  createdAt: epochMs,
});
export type CustomSkill = z.infer<typeof CustomSkillSchema>;
