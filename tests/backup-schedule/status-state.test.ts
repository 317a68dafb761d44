import { describe, expect, it } from 'vitest';
import { statusState, statusText } from '../../components/options/data/auto-backup-status';
import type { BackupFolderState } from '../../components/options/data/use-backup-folder';
import type { AutoBackupStatus } from '../../utils/backup-schedule/status-schema';
import { DEFAULT_AUTO_BACKUP } from '../../utils/schemas/settings';
import { translate, type MessageKey } from '../../utils/i18n/translate';
import { FakeFolder } from '../support/fake-folder';

const T = Date.UTC(2026, 11, 5, 9);
const copy = (savedAt: number | null) => ({ id: 'c1', createdAt: T, contacts: 3, savedAt });
const status = (patch: Partial<AutoBackupStatus> = {}): AutoBackupStatus => ({
  settings: { ...DEFAULT_AUTO_BACKUP, enabled: true },
  lastAt: T,
  nextAt: T + 7 * 86_400_000,
  copies: [],
  folder: null,
  lastError: null,
  ...patch,
});
const noop = async () => null;
const noFolder: BackupFolderState = { supported: false, folder: null, permission: null, pick: noop, grant: async () => false, forget: async () => {} };
const withFolder = (permission: 'granted' | 'prompt'): BackupFolderState => ({ ...noFolder, supported: true, folder: new FakeFolder('Cloud'), permission });
const t = (key: MessageKey, ...s: (string | number)[]) => translate('en', key, ...s);

describe('what the automatic-backup panel says', () => {
  it('off when never turned on; waiting when on but nothing taken yet', () => {
    expect(statusState(status({ settings: DEFAULT_AUTO_BACKUP, lastAt: null }), noFolder)).toBe('off');
    expect(statusState(status({ lastAt: null }), noFolder)).toBe('waiting');
  });

  it('a copy not saved yet: download without a folder, permission needed with one the browser does not grant now', () => {
    expect(statusState(status({ copies: [copy(null)] }), noFolder)).toBe('download');
    expect(statusState(status({ copies: [copy(null)] }), withFolder('prompt'))).toBe('needs-permission');
    const refused = { at: T, ok: false, reason: 'needs-permission' as const, fileName: 'f.json', message: 'no' };
    expect(statusState(status({ copies: [copy(null)], folder: refused }), withFolder('granted'))).toBe('needs-permission');
    expect(statusText('needs-permission', status({ copies: [copy(null)] }), withFolder('prompt'), t, 'en')).toMatch(
      /needs your permission again to save into “Cloud”/,
    );
  });

  it('a failed folder write is shown with its reason; a saved copy is ok', () => {
    const failed = { at: T, ok: false, reason: 'failed' as const, fileName: 'f.json', message: 'disk full' };
    const s = status({ copies: [copy(null)], folder: failed });
    expect(statusState(s, withFolder('granted'))).toBe('failed');
    expect(statusText('failed', s, withFolder('granted'), t, 'en')).toMatch(/failed: disk full/);
    expect(statusState(status({ copies: [copy(T)] }), noFolder)).toBe('ok');
  });

  it('a run that failed is shown until a later run succeeds', () => {
    const s = status({ copies: [copy(T - 10)], lastAt: T - 10, lastError: { at: T, message: 'QuotaExceededError' } });
    expect(statusState(s, noFolder)).toBe('failed');
    expect(statusText('failed', s, noFolder, t, 'en')).toMatch(/last automatic backup failed: QuotaExceededError/);
    expect(statusState({ ...s, lastAt: T + 1 }, noFolder)).toBe('ok');
  });

  it('turned off after backups were made: the copies stay listed, and the text says the schedule is off', () => {
    const s = status({ settings: DEFAULT_AUTO_BACKUP, copies: [copy(T)] });
    expect(statusState(s, noFolder)).toBe('ok');
    expect(statusText('ok', s, noFolder, t, 'en')).toMatch(/The schedule is off\./);
  });
});
