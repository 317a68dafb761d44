/**
 * Schema history (Dexie store definitions per version). Append a new version here, never edit an old one;
 * rows that must change go in SCHEMA_UPGRADES (utils/db/database.ts) and BACKUP_UPGRADES
 * (utils/data/backup.ts), and the new version gets a frozen sample tests/fixtures-data/db-v<N>.json.
 * Step by step: README "Changing the database schema". Free of Dexie so extension pages can import it.
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
  2: {
    // The popup ranks, searches and filters an in-memory index (utils/network/), so status, platform and skill
    // indexes were never read, and each cost a write per contact (a 10k import spent ~25 % on them).
    contacts: '&key, name, updatedAt, followUpAt',
    timeline: '&id, contactKey, [contactKey+createdAt], createdAt',
    customSkills: '&id, label',
    templates: '&id',
    settings: '&key',
  },
  3: {
    // Same stores: v3 adds goals and a keep-in-touch cadence to every contact (SCHEMA_UPGRADES[3]) and
    // `session` timeline events; nothing new is queried by index.
    contacts: '&key, name, updatedAt, followUpAt',
    timeline: '&id, contactKey, [contactKey+createdAt], createdAt',
    customSkills: '&id, label',
    templates: '&id',
    settings: '&key',
  },
};

/**
 * v2 → v3 for one contact row: no goals and no cadence unless the row has them. Shared by the database upgrade
 * and the backup upgrade, so both do exactly the same.
 */
export function withJourneyDefaults<T extends Record<string, unknown>>(contact: T): T & { goals: unknown; cadenceWeeks: unknown } {
  return { ...contact, goals: contact.goals ?? [], cadenceWeeks: contact.cadenceWeeks ?? 0 };
}
