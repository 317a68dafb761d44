import { z } from 'zod';

export const UiLanguageSchema = z.enum(['auto', 'en', 'de']);
export type UiLanguage = z.infer<typeof UiLanguageSchema>;

/** The user's own side of every match. */
export const MyProfileSchema = z.object({
  name: z.string(),
  teachSkills: z.array(z.string()),
  learnSkills: z.array(z.string()),
  careerStartYear: z.number().int().min(1940).max(2100).nullable(),
  outreachLanguage: z.enum(['en', 'de']),
  germanAddress: z.enum(['du', 'sie']),
  /** Premium members may write 300-character connection notes instead of 200. */
  linkedinPremium: z.boolean(),
});
export type MyProfile = z.infer<typeof MyProfileSchema>;

export const DEFAULT_MY_PROFILE: MyProfile = {
  name: '',
  teachSkills: [],
  learnSkills: [],
  careerStartYear: null,
  outreachLanguage: 'en',
  germanAddress: 'sie',
  linkedinPremium: false,
};

export const PreferencesSchema = z.object({
  uiLanguage: UiLanguageSchema,
  /** Last time a backup file was written (epoch ms), for the 30-day reminder. */
  lastBackupAt: z.number().int().nullable(),
  onboardingDone: z.boolean(),
});
export type Preferences = z.infer<typeof PreferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = {
  uiLanguage: 'auto',
  lastBackupAt: null,
  onboardingDone: false,
};

/** How often the automatic backup runs (utils/backup-schedule/schedule.ts: monthly = every 30 days). */
export const AutoBackupIntervalSchema = z.enum(['daily', 'weekly', 'monthly']);
export type AutoBackupInterval = z.infer<typeof AutoBackupIntervalSchema>;
/** Versions kept at most: a folder of 30 dated files is still easy to look through. */
export const MAX_AUTO_BACKUP_KEEP = 30;

/**
 * The automatic-backup schedule. It travels in backups (restoring into a new browser turns the schedule back
 * on there); the folder the files go to does not (a directory handle means nothing in another browser and
 * never leaves this one: utils/backup-schedule/folder-store.ts).
 */
export const AutoBackupSettingsSchema = z.object({
  enabled: z.boolean(),
  interval: AutoBackupIntervalSchema,
  keep: z.number().int().min(1).max(MAX_AUTO_BACKUP_KEEP),
});
export type AutoBackupSettings = z.infer<typeof AutoBackupSettingsSchema>;

export const DEFAULT_AUTO_BACKUP: AutoBackupSettings = { enabled: false, interval: 'weekly', keep: 5 };

/** At most this many deleted-note tombstones are kept (the newest): enough for years of notes. */
export const MAX_TOMBSTONES = 20_000;

/** A deleted note's id and when it was deleted: a merge-restore must not bring it back (utils/data/merge-rules.ts). */
export const DeletedNoteSchema = z.object({
  id: z.string().min(1).max(300),
  deletedAt: z.number().int().nonnegative().max(Date.UTC(2200, 0, 1)),
});
export type DeletedNote = z.infer<typeof DeletedNoteSchema>;
export const DeletedNotesSchema = z.array(DeletedNoteSchema).max(MAX_TOMBSTONES);

/** Every settings record, by key: the `settings` table stores `{ key, value }` rows validated with these. */
export const SETTINGS_SCHEMAS = {
  myProfile: MyProfileSchema,
  preferences: PreferencesSchema,
  deletedNotes: DeletedNotesSchema,
  autoBackup: AutoBackupSettingsSchema,
} as const;
export type SettingsKey = keyof typeof SETTINGS_SCHEMAS;
export type SettingsValue<K extends SettingsKey> = z.infer<(typeof SETTINGS_SCHEMAS)[K]>;
