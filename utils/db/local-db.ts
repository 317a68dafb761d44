import Dexie, { type EntityTable } from 'dexie';

/**
 * Why a whole-database copy was taken: right before a replace-restore (so it can be undone), or by the
 * automatic backup schedule (utils/backup-schedule/). Each kind keeps its own newest few.
 */
export type SafetyBackupKind = 'before-replace' | 'scheduled';

/** A copy of the whole database kept in this browser (utils/data/safety-backups.ts). */
export interface SafetyBackupRow {
  id: string;
  kind: SafetyBackupKind;
  createdAt: number;
  /** Contacts in it, for the buttons' labels. */
  contacts: number;
  /** The backup file text (utils/data/backup.ts), validated again like any file before it is restored. */
  text: string;
  /** Scheduled copies: when the user saved it as a file (folder write or download); null while only kept here. */
  savedAt?: number | null;
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

/** Small working-state values of the background (which follow-ups were notified, the backup schedule's state). */
export interface StateRow {
  key: string;
  /** Whatever was stored: each reader validates it with its own zod schema. */
  value: unknown;
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
  state!: EntityTable<StateRow, 'key'>;

  constructor(name = LOCAL_DB_NAME) {
    super(name);
    this.version(1).stores({ safetyBackups: '&id, createdAt', drafts: '&id, contactKey, tabId, updatedAt' });
    // v2: scheduled backups share the safety-backup table, told apart (and pruned) by kind; a key-value table.
    this.version(2)
      .stores({ safetyBackups: '&id, createdAt, [kind+createdAt]', drafts: '&id, contactKey, tabId, updatedAt', state: '&key' })
      .upgrade((tx) =>
        tx
          .table('safetyBackups')
          .toCollection()
          .modify((row: Partial<SafetyBackupRow>) => {
            row.kind ??= 'before-replace';
          })
          .then(() => undefined),
      );
  }
}
