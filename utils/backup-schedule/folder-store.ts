/**
 * The backup folder's directory handle, kept in its own tiny IndexedDB database of the extension's origin.
 * A handle cannot travel in a runtime message (they are JSON), so the options page that picked it stores
 * it here and the background reads it from here. It holds no personal data, is never exported (a handle
 * means nothing in another browser) and is readable only by the extension's own pages and worker.
 */
import { isFolderLike, type FolderLike } from './folder';

export const FOLDER_DB_NAME = 'mentor-radar-backup-folder';
const STORE = 'handles';
const KEY = 'backupFolder';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(FOLDER_DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = action(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

export async function saveBackupFolder(folder: FolderLike): Promise<void> {
  await run('readwrite', (store) => store.put(folder, KEY));
}

/** The picked folder, or null (none picked, or whatever is stored is not a folder handle). */
export async function loadBackupFolder(): Promise<FolderLike | null> {
  try {
    const value = await run('readonly', (store) => store.get(KEY));
    return isFolderLike(value) ? value : null;
  } catch {
    return null;
  }
}

export async function forgetBackupFolder(): Promise<void> {
  await run('readwrite', (store) => store.delete(KEY));
}
