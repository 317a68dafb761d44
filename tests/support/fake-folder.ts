import type { FileHandleLike, FolderLike, PermissionStateLike } from '../../utils/backup-schedule/folder';

/**
 * An in-memory stand-in for a FileSystemDirectoryHandle the user picked: files by name, sub-folders, a
 * permission state, and switches to make a write or a delete fail like a real disk can.
 */
export class FakeFolder implements FolderLike {
  readonly kind = 'directory' as const;
  files = new Map<string, string>();
  folders = new Set<string>();
  permission: PermissionStateLike = 'granted';
  failWrites = false;
  /** Writes only half the text and reports success (a broken disk or sync client). */
  truncateWrites = false;
  undeletable = new Set<string>();
  removed: string[] = [];

  constructor(readonly name = 'Backups') {}

  async queryPermission(): Promise<PermissionStateLike> {
    return this.permission;
  }

  async requestPermission(): Promise<PermissionStateLike> {
    return this.permission;
  }

  async getFileHandle(name: string, options: { create?: boolean } = {}): Promise<FileHandleLike> {
    if (this.permission !== 'granted') throw Object.assign(new Error('not allowed'), { name: 'NotAllowedError' });
    if (!this.files.has(name) && !options.create) throw Object.assign(new Error('not found'), { name: 'NotFoundError' });
    const folder = this;
    return {
      kind: 'file',
      name,
      async createWritable() {
        let buffer = '';
        return {
          async write(data: string) {
            if (folder.failWrites) throw Object.assign(new Error('disk full'), { name: 'QuotaExceededError' });
            buffer += data;
          },
          async close() {
            // Like the browser: the file appears (or changes) only when the stream is closed.
            folder.files.set(name, folder.truncateWrites ? buffer.slice(0, buffer.length / 2) : buffer);
          },
          async abort() {},
        };
      },
      async getFile() {
        const text = folder.files.get(name) ?? '';
        return { text: async () => text };
      },
    };
  }

  async removeEntry(name: string): Promise<void> {
    if (this.undeletable.has(name)) throw Object.assign(new Error('locked'), { name: 'NoModificationAllowedError' });
    if (!this.files.delete(name) && !this.folders.delete(name)) throw Object.assign(new Error('not found'), { name: 'NotFoundError' });
    this.removed.push(name);
  }

  async *values(): AsyncIterable<{ kind: 'file' | 'directory'; name: string }> {
    for (const name of this.files.keys()) yield { kind: 'file', name };
    for (const name of this.folders) yield { kind: 'directory', name };
  }
}
