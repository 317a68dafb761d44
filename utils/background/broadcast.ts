import { messenger } from '../messaging/messenger';
import type { MessageInput, MessageName } from '../messaging/protocol';
import { tabsWithState } from './tab-state';

type BroadcastName = Extract<MessageName, 'tabProfileChanged' | 'contactsChanged' | 'settingsChanged' | 'autoBackupChanged' | 'importProgress'>;

// A broadcast with no open extension page has no receiver; that is normal, not an error.
function ignoreNoReceiver(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  if (!/Receiving end does not exist|Could not establish connection/i.test(message)) console.warn(message);
}

/**
 * Firefox does not deliver runtime messages to extension frames inside web pages (the sidebar): those get
 * the broadcast through their tab as well. Chrome delivers runtime messages to them, so it sends only once.
 */
const FRAMES_NEED_TAB_MESSAGES = import.meta.env.FIREFOX;

function send<K extends BroadcastName>(name: K, data: MessageInput<K>, tabIds: () => Promise<number[]>): void {
  // The casts bridge @webext-core's per-key inference, which cannot follow a generic K.
  const sendMessage = messenger.sendMessage as (name: K, data: MessageInput<K>, tabId?: number) => Promise<void>;
  sendMessage(name, data).catch(ignoreNoReceiver);
  if (!FRAMES_NEED_TAB_MESSAGES) return;
  void tabIds().then(
    (ids) => ids.forEach((tabId) => sendMessage(name, data, tabId).catch(ignoreNoReceiver)),
    ignoreNoReceiver,
  );
}

export function broadcastTabProfile(data: MessageInput<'tabProfileChanged'>): void {
  send('tabProfileChanged', data, async () => [data.tabId]);
}

export function broadcastContactsChanged(keys: string[]): void {
  send('contactsChanged', { keys }, tabsWithState);
}

export function broadcastSettingsChanged(): void {
  send('settingsChanged', undefined, tabsWithState);
}

/** Only the options page shows automatic backups: no tab needs it. */
export function broadcastAutoBackupChanged(): void {
  send('autoBackupChanged', undefined, async () => []);
}

/** Only the options page imports: no tab needs it. */
export function broadcastImportProgress(data: MessageInput<'importProgress'>): void {
  send('importProgress', data, async () => []);
}
