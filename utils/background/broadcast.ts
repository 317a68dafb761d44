import { messenger } from '../messaging/messenger';
import type { MessageInput } from '../messaging/protocol';

// A broadcast with no open extension page has no receiver; that is normal, not an error.
function ignoreNoReceiver(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  if (!/Receiving end does not exist|Could not establish connection/i.test(message)) console.warn(message);
}

export function broadcastTabProfile(data: MessageInput<'tabProfileChanged'>): void {
  messenger.sendMessage('tabProfileChanged', data).catch(ignoreNoReceiver);
}

export function broadcastContactsChanged(keys: string[]): void {
  messenger.sendMessage('contactsChanged', { keys }).catch(ignoreNoReceiver);
}

export function broadcastSettingsChanged(): void {
  messenger.sendMessage('settingsChanged', undefined).catch(ignoreNoReceiver);
}
