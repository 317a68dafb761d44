import { z } from 'zod';
import { LIMITS } from '../schemas/limits';
import {
  ContactSchema,
  ContactStatusSchema,
  CustomSkillSchema,
  MentoringDirectionSchema,
  NoteTextSchema,
  TimelineEntrySchema,
} from '../schemas/contact';
import { AutoBackupSettingsSchema, MyProfileSchema, PreferencesSchema } from '../schemas/settings';
import { AutoBackupStatusSchema, FolderResultSchema } from '../backup-schedule/status-schema';
import { CadenceWeeksSchema, GoalDirectionSchema, GoalTextSchema, SessionDetailsSchema } from '../schemas/journey';
import { OutreachFormatSchema, OutreachTemplateSchema, OutreachToneSchema } from '../schemas/template';
import { EducationSchema, ExperienceSchema, PlatformSchema, ProfileSchema } from '../schemas/profile';
import { LangSchema, RephraseRequestSchema } from '../rephrase/rephrase-request';
import { QueryContactsInputSchema, QueryContactsOutputSchema } from '../network/view-schema';
import { IntroductionsInputSchema, IntroductionsOutputSchema, RadarInputSchema, RadarViewSchema } from '../radar/radar-schema';
import {
  BackupSchema,
  DataStatsSchema,
  ImportConnectionsFileInputSchema,
  ImportOutcomeSchema,
  ImportProgressSchema,
  RestoreModeSchema,
  RestorePreviewSchema,
  TableCountsSchema,
} from '../data/data-messages';

const line = z.string().max(500);

/** A person a page lists (search result, suggestion, "People also viewed"): see utils/sites/people.ts. */
export const ListedPersonSchema = z.object({
  platform: PlatformSchema,
  key: z.string().min(1).max(300),
  url: z.string().url().max(1000),
  name: z.string().min(1).max(200),
  headline: line.nullable(),
  location: line.nullable(),
});
export type ListedPerson = z.infer<typeof ListedPersonSchema>;
/** Lists are read from the page the user sees: a few dozen people, never thousands. */
const People = z.array(ListedPersonSchema).max(200);

export const DetailsSectionSchema = z.enum(['experience', 'education', 'skills']);

/** A profile's full list, read on `/in/<slug>/details/<section>/` (utils/sites/details.ts). */
export const ProfileDetailsSchema = z.object({
  platform: z.literal('linkedin'),
  key: z.string().min(1),
  url: z.string().url(),
  section: DetailsSectionSchema,
  name: z.string().nullable(),
  experience: z.array(ExperienceSchema).max(500).optional(),
  education: z.array(EducationSchema).max(200).optional(),
  skills: z.array(z.string()).max(500).optional(),
});
export type ProfileDetails = z.infer<typeof ProfileDetailsSchema>;

/** A listed person as the sidebar shows them: how they pair with me, and whether they are saved. */
export const PagePersonSchema = ListedPersonSchema.extend({
  kind: z.enum(['reverse', 'classic', 'peer', 'none']),
  score: z.number(),
  saved: z.boolean(),
});
export type PagePerson = z.infer<typeof PagePersonSchema>;

const NoneState = z.object({ status: z.literal('none') });
/** A profile URL whose page has not rendered the person yet: the sidebar shows a placeholder, never the previous person. */
const LoadingState = z.object({ status: z.literal('loading'), url: z.string(), key: z.string(), platform: PlatformSchema });
const ReadyState = z.object({
  status: z.literal('ready'),
  url: z.string(),
  profile: ProfileSchema,
  /** Other people the page lists beside the profile ("People also viewed"). */
  people: People.optional(),
  /** Set on a full-list page: which list of the profile the page shows. */
  details: DetailsSectionSchema.optional(),
});
/** A sign-in / sign-up wall at (or instead of) a profile: no person, nothing to save. */
const WallState = z.object({
  status: z.literal('wall'),
  url: z.string(),
  wall: z.enum(['join', 'signin']),
  key: z.string().nullable(),
  platform: PlatformSchema,
});
/** A page that lists people (search, My Network, company people, XING search). */
const ListState = z.object({ status: z.literal('list'), url: z.string(), platform: PlatformSchema, people: People });
/**
 * `people` scored and marked saved, best first: ranked by the background when the content script reported the page,
 * so the sidebar lists them without asking (issue 11: ≤ 150 ms). Only the background sets it: a content script's
 * report has no such field (zod drops it).
 */
const Ranked = { ranked: z.array(PagePersonSchema).max(200).optional() };

/** What the page in one tab shows, as the sidebar follows it. */
export const TabProfileStateSchema = z.discriminatedUnion('status', [
  NoneState,
  LoadingState,
  ReadyState.extend(Ranked),
  WallState,
  ListState.extend(Ranked),
]);
export type TabProfileState = z.infer<typeof TabProfileStateSchema>;

/** What the content script reports: a tab state, or a full list the background merges into the person's profile. */
export const ContentReportSchema = z.union([
  z.discriminatedUnion('status', [NoneState, LoadingState, ReadyState, WallState, ListState]),
  z.object({ status: z.literal('details'), url: z.string(), details: ProfileDetailsSchema, people: People.optional() }),
]);
export type ContentReport = z.infer<typeof ContentReportSchema>;

/** Who may send a message: our content script on a supported site, or one of our own extension pages. */
export type MessageOrigin = 'content' | 'page' | 'background';

interface MessageDefinition {
  from: MessageOrigin;
  input: z.ZodType;
  output: z.ZodType;
}

const none = z.void();
const tabId = z.number().int().nonnegative();
const key = z.string().min(1);
export const SidebarTokenSchema = z.string().regex(/^[0-9a-f]{32}$/);
/** Note text as stored (schemas/contact.ts NoteTextSchema: the one limit). */
const noteText = NoteTextSchema;

/** What the UI may change on a contact directly. */
export const ContactPatchSchema = z
  .object({
    teachSkills: z.array(z.string().min(1).max(LIMITS.skillId)).max(LIMITS.tags),
    learnSkills: z.array(z.string().min(1).max(LIMITS.skillId)).max(LIMITS.tags),
    status: ContactStatusSchema,
    direction: MentoringDirectionSchema.nullable(),
    followUpAt: z.number().int().nonnegative().nullable(),
  })
  .partial();
export type ContactPatch = z.infer<typeof ContactPatchSchema>;

export const SettingsSchema = z.object({ myProfile: MyProfileSchema, preferences: PreferencesSchema });
export type Settings = z.infer<typeof SettingsSchema>;

/**
 * The one message map for every cross-context message. Names say the direction; each entry's input is
 * validated on arrival (utils/messaging/guard.ts) and its output before it is returned. Built on first use
 * (messageDefinitions): a page only checks the broadcasts it receives, and building some hundred schemas
 * while its modules load delayed every page's first request (the popup's first rows, the radar's lists).
 */
function buildMessages() {
  return {
  /**
   * Content script → background: the sidebar frame it is creating will claim its privileges with this secret
   * (only our content script and that frame know it; a copy the page frames itself does not).
   */
  registerSidebar: { from: 'content', input: z.object({ token: SidebarTokenSchema }), output: none },
  /**
   * Sidebar → background: "I am the frame our content script created": binds the sidebar's privileges to this
   * frame and answers which tab it is in and what the tab shows (Firefox gives a framed extension page no
   * `tabs.getCurrent()`). Until a sidebar has claimed, the background refuses its other messages.
   */
  claimSidebar: {
    from: 'page',
    input: z.object({ token: SidebarTokenSchema }),
    output: z.object({ tabId, state: TabProfileStateSchema }),
  },
  /**
   * Content script → background: the tab shows a page we read; inject the page reader (entrypoints/page-reader.ts)
   * into the sender's frame. Only that one file of the extension's own is ever injected.
   */
  loadPageReader: { from: 'content', input: none, output: none },
  /** Content script → background: the profile state of the sender's tab changed. */
  reportTabProfile: { from: 'content', input: ContentReportSchema, output: none },
  /** Sidebar → background: the people a page lists, scored and marked saved, best first. */
  rankPagePeople: { from: 'page', input: z.object({ people: People }), output: z.array(PagePersonSchema) },
  /** Sidebar → background: save a listed person (their name, headline and profile URL) without opening them. */
  savePagePerson: { from: 'page', input: z.object({ person: ListedPersonSchema }), output: ContactSchema },
  /** Page → background: nothing to do; receiving it resets Firefox's idle timer while a slow answer is pending (keep-awake.ts). */
  keepAwake: { from: 'page', input: none, output: none },
  /** UI → background: open the options page (Firefox cannot open it from an extension frame inside a web page). */
  openOptions: { from: 'page', input: none, output: none },

  /** UI → background: one saved contact, or null if this person is not saved. */
  getContact: { from: 'page', input: z.object({ key }), output: ContactSchema.nullable() },
  /** Popup → background: one page of the ranked, searched and filtered contact list, plus the network summary. */
  queryContacts: { from: 'page', input: QueryContactsInputSchema, output: QueryContactsOutputSchema },
  /** Radar page → background: per goal / teach skill the best-placed people, and the strongest reverse pairs. */
  getRadar: { from: 'page', input: RadarInputSchema, output: RadarViewSchema },
  /** Radar page → background: the best reverse-mentoring tandems among my contacts (computed in chunks). */
  getIntroductions: { from: 'page', input: IntroductionsInputSchema, output: IntroductionsOutputSchema },
  /** UI → background: save (or refresh) a contact from a parsed profile. */
  saveContact: { from: 'page', input: z.object({ profile: ProfileSchema }), output: ContactSchema },
  /**
   * UI → background: change a contact. `profile` creates the contact first when the person is not saved yet
   * (tagging or noting someone saves them; merely opening a profile never does).
   */
  updateContact: {
    from: 'page',
    input: z.object({ key, patch: ContactPatchSchema, profile: ProfileSchema.optional() }),
    output: ContactSchema,
  },
  /** Sidebar → background: this tab's note draft for a person ('' when none; a closed tab's draft is taken over). */
  getNoteDraft: { from: 'page', input: z.object({ tabId: z.number().int(), key }), output: z.string() },
  /** Sidebar → background: keep this tab's draft (blank removes it). */
  saveNoteDraft: { from: 'page', input: z.object({ tabId: z.number().int(), key, text: noteText }), output: none },
  /** Sidebar → background: the note was saved: forget this tab's draft only. */
  clearNoteDraft: { from: 'page', input: z.object({ tabId: z.number().int(), key }), output: none },
  /**
   * UI → background: add and remove tags as operations on what is stored (two tabs tagging at once both
   * count); `profile` creates the contact first when the person is not saved yet.
   */
  changeTags: {
    from: 'page',
    input: z.object({
      key,
      field: z.enum(['teachSkills', 'learnSkills']),
      add: z.array(z.string().min(1).max(LIMITS.skillId)).max(LIMITS.tags),
      remove: z.array(z.string().min(1).max(LIMITS.skillId)).max(LIMITS.tags),
      profile: ProfileSchema.optional(),
    }),
    output: ContactSchema,
  },
  /** UI → background: a contact's notes and events, newest first. */
  getTimeline: { from: 'page', input: z.object({ key }), output: z.array(TimelineEntrySchema) },
  /** UI → background: add a note (creating the contact from `profile` if needed). */
  addNote: {
    from: 'page',
    input: z.object({ key, text: noteText, profile: ProfileSchema.optional() }),
    output: TimelineEntrySchema,
  },
  /** UI → background: change a note's text. */
  editNote: { from: 'page', input: z.object({ id: z.string().min(1), text: noteText }), output: TimelineEntrySchema },
  /** UI → background: delete a note; returns it so the UI can offer undo. */
  deleteNote: { from: 'page', input: z.object({ id: z.string().min(1) }), output: TimelineEntrySchema },
  /** UI → background: put a deleted note back (undo). */
  restoreNote: { from: 'page', input: z.object({ entry: TimelineEntrySchema }), output: TimelineEntrySchema },
  /** UI → background: the user copied an outreach draft: record it, and an idea becomes "contacted". */
  recordOutreachCopied: {
    from: 'page',
    input: z.object({
      key,
      profile: ProfileSchema.optional(),
      format: OutreachFormatSchema,
      tone: OutreachToneSchema,
      templateId: z.string(),
    }),
    output: ContactSchema,
  },

  /** UI → background: add a goal to a pair (creating the contact from `profile` if needed). */
  addGoal: {
    from: 'page',
    input: z.object({ key, direction: GoalDirectionSchema, text: GoalTextSchema, profile: ProfileSchema.optional() }),
    output: ContactSchema,
  },
  /** UI → background: mark a goal done, or open again. */
  setGoalDone: { from: 'page', input: z.object({ key, id: z.string().min(1), done: z.boolean() }), output: ContactSchema },
  removeGoal: { from: 'page', input: z.object({ key, id: z.string().min(1) }), output: ContactSchema },
  /** UI → background: keep-in-touch cadence in weeks (0 = none); a cadence schedules the next follow-up. */
  setCadence: {
    from: 'page',
    input: z.object({ key, weeks: CadenceWeeksSchema, profile: ProfileSchema.optional() }),
    output: ContactSchema,
  },
  /** UI → background: log a session → a `session` timeline event; the cadence moves the follow-up. */
  logSession: {
    from: 'page',
    input: z.object({ key, session: SessionDetailsSchema, profile: ProfileSchema.optional() }),
    output: TimelineEntrySchema,
  },
  /** UI → background: one contact's next follow-up (`key`) or all upcoming ones as an .ics file. */
  exportFollowUps: {
    from: 'page',
    input: z.object({ key: key.optional(), lang: z.enum(['en', 'de']) }),
    output: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), fileName: z.string(), text: z.string(), count: z.number().int().nonnegative() }),
      z.object({ ok: z.literal(false), problem: z.enum(['nothing-planned', 'invalid']) }),
    ]),
  },

  /** UI → background: free-text skills the user created, suggested in every tag field. */
  listCustomSkills: { from: 'page', input: none, output: z.array(CustomSkillSchema) },
  /** UI → background: remember a free-text skill (idempotent by id). */
  addCustomSkill: {
    from: 'page',
    input: z.object({ id: z.string().startsWith('custom:'), label: z.string().trim().min(1).max(80) }),
    output: CustomSkillSchema,
  },

  /** UI → background: my profile and preferences (defaults until the user sets them). */
  getSettings: { from: 'page', input: none, output: SettingsSchema },
  setMyProfile: { from: 'page', input: z.object({ myProfile: MyProfileSchema }), output: SettingsSchema },
  setPreferences: { from: 'page', input: z.object({ patch: PreferencesSchema.partial() }), output: SettingsSchema },
  /** Options → background: Connections.csv text, parsed and written in ONE transaction; its summary, or why nothing changed. */
  importConnectionsFile: { from: 'page', input: ImportConnectionsFileInputSchema, output: ImportOutcomeSchema },
  /** Options → background: the whole database as a versioned backup JSON file (name + text). */
  exportBackup: { from: 'page', input: none, output: z.object({ fileName: z.string(), text: z.string() }) },
  /** Options → background: what restoring this (page-validated) backup would change, in both modes. */
  previewRestore: {
    from: 'page',
    input: z.object({ backup: BackupSchema }),
    output: z.object({ merge: RestorePreviewSchema, replace: RestorePreviewSchema }),
  },
  /** Options → background: restore a backup, merge or replace, in ONE transaction; what changed per table. */
  restoreBackup: { from: 'page', input: z.object({ backup: BackupSchema, mode: RestoreModeSchema }), output: RestorePreviewSchema },
  /** Options → background: the newest automatic safety backup (taken before each replace-restore), if any. */
  getSafetyBackup: {
    from: 'page',
    input: none,
    output: z.object({ id: z.string(), createdAt: z.number().int().nonnegative(), contacts: z.number().int().nonnegative() }).nullable(),
  },
  /** Options → background: undo a replace-restore by restoring its safety backup (a replace itself). */
  restoreSafetyBackup: { from: 'page', input: z.object({ id: z.string().min(1).max(100) }), output: RestorePreviewSchema },
  /** Options → background: every contact as CSV for spreadsheets (skill labels in `lang`, formulas neutralised). */
  exportContactsCsv: {
    from: 'page',
    input: z.object({ lang: z.enum(['en', 'de']), timeZone: z.string().max(64).optional() }),
    output: z.object({ fileName: z.string(), text: z.string() }),
  },
  /** Options → background: record counts per table and the browser's storage estimate. */
  getDataStats: { from: 'page', input: none, output: DataStatsSchema },
  /** Options → background: clear every table in ONE transaction (after the user confirmed); counts removed. */
  deleteAllData: { from: 'page', input: z.object({ confirm: z.literal(true) }), output: TableCountsSchema },

  /** Options → background: the automatic-backup schedule, the copies kept in the extension, the last folder write. */
  getAutoBackupStatus: { from: 'page', input: none, output: AutoBackupStatusSchema },
  /** Options → background: change the schedule (turning it on makes the first backup right away). */
  setAutoBackup: { from: 'page', input: z.object({ settings: AutoBackupSettingsSchema }), output: AutoBackupStatusSchema },
  /** Options → background: take an automatic backup now, due or not ("Back up now"). */
  runAutoBackupNow: { from: 'page', input: none, output: AutoBackupStatusSchema },
  /** Options → background: one automatic copy as a file (to download, or to write into the folder). */
  getAutoBackupCopy: {
    from: 'page',
    input: z.object({ id: z.string().min(1).max(100) }),
    output: z.object({ fileName: z.string().max(200), text: z.string() }).nullable(),
  },
  /** Options → background: the page saved that copy (downloaded it, or wrote it into the folder after a new grant). */
  markAutoBackupSaved: {
    from: 'page',
    input: z.object({ id: z.string().min(1).max(100), folder: FolderResultSchema.nullable() }),
    output: AutoBackupStatusSchema,
  },

  /** UI → background: outreach templates the user wrote (built-in ones ship with the code). */
  /**
   * UI → background: is the on-device model ready for this language? The model runs in the background: the
   * Prompt API is by default allowed only in top-level and same-origin frames, so the sidebar (an extension
   * frame inside linkedin.com) could not use it itself.
   */
  canRephrase: { from: 'page', input: z.object({ language: LangSchema }), output: z.boolean() },
  /** UI → background: the draft rewritten by the on-device model; fails when the model does. */
  rephraseDraft: { from: 'page', input: RephraseRequestSchema, output: z.object({ text: z.string() }) },
  listTemplates: { from: 'page', input: none, output: z.array(OutreachTemplateSchema) },
  saveTemplate: { from: 'page', input: z.object({ template: OutreachTemplateSchema }), output: OutreachTemplateSchema },
  deleteTemplate: { from: 'page', input: z.object({ id: z.string().min(1) }), output: none },

  /** Background → extension pages: a tab's profile changed (the sidebar of that tab follows it). */
  tabProfileChanged: { from: 'background', input: z.object({ tabId, state: TabProfileStateSchema }), output: none },
  /** Background → extension pages: these contacts (or their timelines) changed; views showing them reload. */
  contactsChanged: { from: 'background', input: z.object({ keys: z.array(z.string()) }), output: none },
  /** Background → extension pages: settings, templates or custom skills changed. */
  settingsChanged: { from: 'background', input: none, output: none },
  /** Background → extension pages: an automatic backup ran, or one of its copies was saved. */
  autoBackupChanged: { from: 'background', input: none, output: none },
  /** Background → extension pages: how far the import the options page started has got. */
  importProgress: { from: 'background', input: ImportProgressSchema, output: none },
  } as const satisfies Record<string, MessageDefinition>;
}

type Messages = ReturnType<typeof buildMessages>;
let messages: Messages | null = null;

/** The message map (see buildMessages), built once. */
export function messageDefinitions(): Messages {
  messages ??= buildMessages();
  return messages;
}

export type MessageName = keyof Messages;
export type MessageInput<K extends MessageName> = z.infer<Messages[K]['input']>;
export type MessageOutput<K extends MessageName> = z.infer<Messages[K]['output']>;

/** The typed map @webext-core/messaging wants, derived from the schemas so the two cannot drift apart. */
export type ProtocolMap = {
  [K in MessageName]: (data: MessageInput<K>) => MessageOutput<K>;
};
