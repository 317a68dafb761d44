import {
  DEFAULT_MY_PROFILE,
  DEFAULT_PREFERENCES,
  SETTINGS_SCHEMAS,
  type MyProfile,
  type Preferences,
  type SettingsKey,
  type SettingsValue,
} from '../schemas/settings';
import { CustomSkillSchema, type CustomSkill } from '../schemas/contact';
import { OutreachTemplateSchema, type OutreachTemplate } from '../schemas/template';
import type { MentorRadarDb } from '../db/database';
import type { Settings } from '../messaging/protocol';

const DEFAULTS: { [K in SettingsKey]: SettingsValue<K> } = {
  myProfile: DEFAULT_MY_PROFILE,
  preferences: DEFAULT_PREFERENCES,
};

/** A stored value that no longer fits its schema (e.g. hand-edited) falls back to the defaults, merged. */
async function readSetting<K extends SettingsKey>(db: MentorRadarDb, key: K): Promise<SettingsValue<K>> {
  const row = await db.settings.get(key);
  const parsed = SETTINGS_SCHEMAS[key].safeParse({ ...DEFAULTS[key], ...(row?.value as object | undefined) });
  return (parsed.success ? parsed.data : DEFAULTS[key]) as SettingsValue<K>;
}

async function writeSetting<K extends SettingsKey>(db: MentorRadarDb, key: K, value: SettingsValue<K>): Promise<void> {
  await db.settings.put({ key, value: SETTINGS_SCHEMAS[key].parse(value) });
}

export async function getSettings(db: MentorRadarDb): Promise<Settings> {
  return { myProfile: await readSetting(db, 'myProfile'), preferences: await readSetting(db, 'preferences') };
}

export async function setMyProfile(db: MentorRadarDb, myProfile: MyProfile): Promise<Settings> {
  await writeSetting(db, 'myProfile', myProfile);
  return getSettings(db);
}

export async function setPreferences(db: MentorRadarDb, patch: Partial<Preferences>): Promise<Settings> {
  await writeSetting(db, 'preferences', { ...(await readSetting(db, 'preferences')), ...patch });
  return getSettings(db);
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
