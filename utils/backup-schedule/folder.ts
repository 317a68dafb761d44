/**
 * Writing an automatic backup into the folder the user picked (File System Access, Chromium). Runs where
 * the permission is: the background service worker while the browser still holds the grant, or the options
 * page right after the user granted it again. Typed by the little it uses, so tests pass a fake folder.
 */
import { autoBackupFilesToPrune } from './file-names';

export interface WritableLike {
  write(data: string): Promise<void>;
  close(): Promise<void>;
  abort?(): Promise<void>;
}
export interface FileHandleLike {
  kind: 'file';
  name: string;
  createWritable(): Promise<WritableLike>;
  getFile(): Promise<{ text(): Promise<string> }>;
}
export type PermissionStateLike = 'granted' | 'denied' | 'prompt';
/** The part of FileSystemDirectoryHandle we use. */
export interface FolderLike {
  kind: 'directory';
  name: string;
  getFileHandle(name: string, options?: { create?: boolean }): Promise<FileHandleLike>;
  removeEntry(name: string): Promise<void>;
  values(): AsyncIterable<{ kind: 'file' | 'directory'; name: string }>;
  queryPermission?(descriptor: { mode: 'readwrite' }): Promise<PermissionStateLike>;
  requestPermission?(descriptor: { mode: 'readwrite' }): Promise<PermissionStateLike>;
}

/** A stored value that can be used as a folder (IndexedDB gives back whatever was put there). */
export function isFolderLike(value: unknown): value is FolderLike {
  if (value === null || typeof value !== 'object') return false;
  const folder = value as Partial<FolderLike>;
  return folder.kind === 'directory' && typeof folder.name === 'string' && typeof folder.getFileHandle === 'function';
}

/** Whether we may write now without asking; 'prompt' after a browser restart until the user grants it again. */
export async function folderPermission(folder: FolderLike): Promise<PermissionStateLike> {
  if (!folder.queryPermission) return 'granted'; // browsers without the permission API grant by handle
  try {
    return await folder.queryPermission({ mode: 'readwrite' });
  } catch {
    return 'prompt';
  }
}

export type FolderWriteResult =
  | { ok: true; fileName: string; pruned: string[] }
  | { ok: false; reason: 'needs-permission' | 'failed'; message: string };

/**
 * Writes `text` as `fileName`, reads it back, and only then deletes our older files beyond `keep`: a backup
 * that did not arrive complete never costs an older one. The browser commits a writable stream atomically
 * on close(), so a failure leaves no half file under our name. Never throws.
 */
export async function writeBackupToFolder(
  folder: FolderLike,
  fileName: string,
  text: string,
  keep: number,
): Promise<FolderWriteResult> {
  if ((await folderPermission(folder)) !== 'granted') {
    return { ok: false, reason: 'needs-permission', message: `no permission to write to "${folder.name}"` };
  }
  try {
    const file = await folder.getFileHandle(fileName, { create: true });
    const stream = await file.createWritable();
    try {
      await stream.write(text);
      await stream.close();
    } catch (error) {
      await stream.abort?.().catch(() => undefined);
      throw error;
    }
    const written = await (await file.getFile()).text();
    if (written !== text) throw new Error(`${fileName} was not written completely`);
    const names: string[] = [];
    for await (const entry of folder.values()) if (entry.kind === 'file') names.push(entry.name);
    const pruned: string[] = [];
    for (const name of autoBackupFilesToPrune(names, keep, fileName)) {
      try {
        await folder.removeEntry(name);
        pruned.push(name);
      } catch {
        // A file we cannot delete (open elsewhere, read-only) stays; the next run tries again.
      }
    }
    return { ok: true, fileName, pruned };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const denied = error instanceof Error && (error.name === 'NotAllowedError' || error.name === 'SecurityError');
    return { ok: false, reason: denied ? 'needs-permission' : 'failed', message };
  }
}
