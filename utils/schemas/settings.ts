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

/** Every settings record, by key: the `settings` table stores `{ key, value }` rows validated with these. */
export const SETTINGS_SCHEMAS = {
  myProfile: MyProfileSchema,
  preferences: PreferencesSchema,
} as const;
export type SettingsKey = keyof typeof SETTINGS_SCHEMAS;
export type SettingsValue<K extends SettingsKey> = z.infer<(typeof SETTINGS_SCHEMAS)[K]>;
