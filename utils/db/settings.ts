import {
  DEFAULT_AUTO_BACKUP,
  DEFAULT_MY_PROFILE,
  DEFAULT_PREFERENCES,
  SETTINGS_SCHEMAS,
  type AutoBackupSettings,
  type MyProfile,
  type Preferences,
  type SettingsKey,
  type SettingsValue,
} from '../schemas/settings';
import { CustomSkillSchema, type CustomSkill } from '../schemas/contact';
import { OutreachTemplateSchema, type OutreachTemplate } from '../schemas/template';
import type { MentorRadarDb } from './database';
import type { Settings } from '../messaging/protocol';
import { resolveLanguage } from '../i18n/translate';

const DEFAULTS: { [K in SettingsKey]: SettingsValue<K> } = {
  myProfile: DEFAULT_MY_PROFILE,
  preferences: DEFAULT_PREFERENCES,
  deletedNotes: [],
  autoBackup: DEFAULT_AUTO_BACKUP,
};

/** A stored value that no longer fits its schema (e.g. hand-edited) falls back to the defaults, merged. */
async function readSetting<K extends SettingsKey>(
  db: MentorRadarDb,
  key: K,
  defaults: SettingsValue<K> = DEFAULTS[key],
): Promise<SettingsValue<K>> {
  const row = await db.settings.get(key);
  const parsed = SETTINGS_SCHEMAS[key].safeParse({ ...defaults, ...(row?.value as object | undefined) });
  return (parsed.success ? parsed.data : defaults) as SettingsValue<K>;
}

async function writeSetting<K extends SettingsKey>(db: MentorRadarDb, key: K, value: SettingsValue<K>): Promise<void> {
  await db.settings.put({ key, value: SETTINGS_SCHEMAS[key].parse(value) });
}

/**
 * Until the user picks one, drafts are written in the UI language: a German-speaking user should not have
 * to find the setting before the first draft makes sense.
 */
export async function getSettings(
  db: MentorRadarDb,
  browserLanguage: string = globalThis.navigator?.language ?? 'en',
): Promise<Settings> {
  const preferences = await readSetting(db, 'preferences');
  const outreachLanguage = resolveLanguage(preferences.uiLanguage, browserLanguage);
  const myProfile = await readSetting(db, 'myProfile', { ...DEFAULT_MY_PROFILE, outreachLanguage });
  return { myProfile, preferences };
}

export async function setMyProfile(db: MentorRadarDb, myProfile: MyProfile): Promise<Settings> {
  await writeSetting(db, 'myProfile', myProfile);
  return getSettings(db);
}

export async function setPreferences(db: MentorRadarDb, patch: Partial<Preferences>): Promise<Settings> {
  await writeSetting(db, 'preferences', { ...(await readSetting(db, 'preferences')), ...patch });
  return getSettings(db);
}

/** The automatic-backup schedule (defaults: off, weekly, keep 5). */
export function getAutoBackupSettings(db: MentorRadarDb): Promise<AutoBackupSettings> {
  return readSetting(db, 'autoBackup');
}

export async function setAutoBackupSettings(db: MentorRadarDb, settings: AutoBackupSettings): Promise<AutoBackupSettings> {
  await writeSetting(db, 'autoBackup', settings);
  return getAutoBackupSettings(db);
}

export function listCustomSkills(db: MentorRadarDb): Promise<CustomSkill[]> {
  return db.customSkills.orderBy('label').toArray();
}

export async function addCustomSkill(db: MentorRadarDb, id: string, label: string, now: number): Promise<CustomSkill> {
  return db.transaction('rw', db.customSkills, async () => {
    const existing = await db.customSkills.get(id);
    if (existing) return existing;
    const skill = CustomSkillSchema.parse({ id, label: label.trim(), createdAt: now });
    await db.customSkills.add(skill);
    return skill;
  });
}

export function listTemplates(db: MentorRadarDb): Promise<OutreachTemplate[]> {
  return db.templates.toArray();
}

export async function saveTemplate(db: MentorRadarDb, template: OutreachTemplate): Promise<OutreachTemplate> {
  const valid = OutreachTemplateSchema.parse(template);
  await db.templates.put(valid);
  return valid;
}

export async function deleteTemplate(db: MentorRadarDb, id: string): Promise<void> {
  await db.templates.delete(id);
}
