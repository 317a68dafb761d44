import Dexie, { type EntityTable } from 'dexie';

/** A copy of the whole database taken right before a replace-restore, so the replace can be undone. */
export interface SafetyBackupRow {
  id: string;
  createdAt: number;
  /** Contacts in it, for the "undo" button's label. */
  contacts: number;
  /** The backup file text (utils/data/backup.ts), validated again like any file before it is restored. */
  text: string;
}

/** A note being typed in one tab's sidebar (utils/sidebar/note-draft.ts). */
export interface DraftRow {
  /** `${tabId}|${contactKey}`: each tab has its own draft per person, so two tabs never overwrite each other. */
  id: string;
  tabId: number;
  contactKey: string;
  text: string;
  updatedAt: number;
}

export const LOCAL_DB_NAME = 'mentor-radar-local';

/**
 * This browser's own working state, apart from the user's data: never exported, never restored, so the
 * main schema (and its backup format) stays untouched. Lives in the extension's IndexedDB, opened only by
 * the background: content scripts cannot read it (unlike storage.local).
 */
export class LocalStateDb extends Dexie {
  safetyBackups!: EntityTable<SafetyBackupRow, 'id'>;
  drafts!: EntityTable<DraftRow, 'id'>;

  constructor(name = LOCAL_DB_NAME) {
    super(name);
    this.version(1).stores({ safetyBackups: '&id, createdAt', drafts: '&id, contactKey, tabId, updatedAt' });
  }
}
