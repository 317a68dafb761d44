import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Contact, CustomSkill, TimelineEntry } from '../schemas/contact';
import type { OutreachTemplate } from '../schemas/template';
import { SCHEMA_VERSIONS, withJourneyDefaults } from './schema-versions';

/** A row of the `settings` table; the value is validated against SETTINGS_SCHEMAS on the way in and out. */
export interface SettingsRow {
  key: string;
  value: unknown;
}

export const DB_NAME = 'mentor-radar';

/**
 * Schema history, in ./schema-versions.ts (kept free of Dexie so extension pages can check a backup's version
 * without bundling the database). Append a new version there (never edit an old one); see README
 * "Changing the database schema".
 */
export { SCHEMA_VERSIONS };

/**
 * Row changes when moving to version N (keyed by N), run by Dexie inside the upgrade transaction. Must do to
 * stored rows exactly what BACKUP_UPGRADES[N - 1] does to backup JSON: tests/data/migrations.test.ts checks both.
 */
export const SCHEMA_UPGRADES: Record<number, (tx: Transaction) => Promise<void>> = {
  // v3: the mentoring journey. Every contact starts with no goals and no cadence (BACKUP_UPGRADES[2] agrees).
  3: (tx) =>
    tx
      .table('contacts')
      .toCollection()
      .modify((contact: Record<string, unknown>) => {
        Object.assign(contact, withJourneyDefaults(contact));
      })
      .then(() => undefined),
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
      const upgrade = SCHEMA_UPGRADES[Number(version)];
      const declared = this.version(Number(version)).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}
