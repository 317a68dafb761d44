import { useCallback, useEffect, useState } from 'react';
import { folderPermission, type FolderLike, type PermissionStateLike } from '../../../utils/backup-schedule/folder';
import { forgetBackupFolder, loadBackupFolder, saveBackupFolder } from '../../../utils/backup-schedule/folder-store';

type DirectoryPicker = (options: { id?: string; mode?: 'read' | 'readwrite'; startIn?: string }) => Promise<FolderLike>;

/** Chromium offers File System Access in extension pages; Firefox does not (there: reminders and downloads). */
export function directoryPicker(): DirectoryPicker | null {
  const picker = (globalThis as { showDirectoryPicker?: DirectoryPicker }).showDirectoryPicker;
  return typeof picker === 'function' ? picker.bind(globalThis) : null;
}

export interface BackupFolderState {
  supported: boolean;
  /** undefined while loading. */
  folder: FolderLike | null | undefined;
  permission: PermissionStateLike | null;
  pick: () => Promise<FolderLike | null>;
  /** Asks again (needs the user's click); true when granted. */
  grant: () => Promise<boolean>;
  forget: () => Promise<void>;
}

/** The picked backup folder (kept in IndexedDB as a handle) and whether we may write to it now. */
export function useBackupFolder(): BackupFolderState {
  const supported = directoryPicker() !== null;
  const [folder, setFolder] = useState<FolderLike | null | undefined>(undefined);
  const [permission, setPermission] = useState<PermissionStateLike | null>(null);

  const refresh = useCallback(async (next: FolderLike | null) => {
    setFolder(next);
    setPermission(next ? await folderPermission(next) : null);
  }, []);

  useEffect(() => {
    if (!supported) return setFolder(null);
    void loadBackupFolder().then(refresh);
    // Coming back to the tab (e.g. after changing site settings) shows the permission as it is now.
    const onVisible = () => {
      if (document.visibilityState === 'visible') void loadBackupFolder().then(refresh);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [supported, refresh]);

  const pick = useCallback(async () => {
    const picker = directoryPicker();
    if (!picker) return null;
    try {
      const picked = await picker({ id: 'mentor-radar-backups', mode: 'readwrite', startIn: 'documents' });
      await saveBackupFolder(picked);
      await refresh(picked);
      return picked;
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') return null; // the user closed the picker
      throw error;
    }
  }, [refresh]);

  const grant = useCallback(async () => {
    if (!folder?.requestPermission) return folder !== null && folder !== undefined;
    const state = await folder.requestPermission({ mode: 'readwrite' });
    setPermission(state);
    return state === 'granted';
  }, [folder]);

  const forget = useCallback(async () => {
    await forgetBackupFolder();
    await refresh(null);
  }, [refresh]);

  return { supported, folder, permission, pick, grant, forget };
}
