import Dexie, { type EntityTable } from 'dexie';
import type { Contact, CustomSkill, TimelineEntry } from '../schemas/contact';
import type { OutreachTemplate } from '../schemas/template';

/** A row of the `settings` table; the value is validated against SETTINGS_SCHEMAS on the way in and out. */
export interface SettingsRow {
  key: string;
  value: unknown;
}

export const DB_NAME = 'mentor-radar';

/**
 * Schema history. Append a new version here (never edit an old one) and add a sample database for the
 * previous version to tests/db/migrations.test.ts; see README "Changing the database schema".
 */
export const SCHEMA_VERSIONS: Record<number, Record<string, string>> = {
  1: {
    // Indexed for the popup: ranking by recency, filters by status/follow-up, skill filters (multi-entry).
    contacts: '&key, name, updatedAt, status, followUpAt, *teachSkills, *learnSkills, platform',
    timeline: '&id, contactKey, [contactKey+createdAt], createdAt',
    customSkills: '&id, label',
    templates: '&id',
    settings: '&key',
  },
};

/** The only database of the extension. Opened in the background service worker only (see GUIDE §1). */
export class MentorRadarDb extends Dexie {
  contacts!: EntityTable<Contact, 'key'>;
  timeline!: EntityTable<TimelineEntry, 'id'>;
  customSkills!: EntityTable<CustomSkill, 'id'>;
  templates!: EntityTable<OutreachTemplate, 'id'>;
  settings!: EntityTable<SettingsRow, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    for (const [version, stores] of Object.entries(SCHEMA_VERSIONS)) {
      this.version(Number(version)).stores(stores);
    }
  }
}
