import { onMessage } from './guard';
import type { MessageInput } from './protocol';

export type BroadcastName = 'tabProfileChanged' | 'contactsChanged' | 'settingsChanged' | 'autoBackupChanged' | 'importProgress';
type Subscriber<K extends BroadcastName> = (data: MessageInput<K>) => void;

// @webext-core allows one listener per message type and context, but several views of one page care
// about the same broadcast: one validated listener per type fans out to every subscriber.
const subscribers: { [K in BroadcastName]: Set<Subscriber<K>> } = {
  tabProfileChanged: new Set(),
  contactsChanged: new Set(),
  settingsChanged: new Set(),
  autoBackupChanged: new Set(),
  importProgress: new Set(),
};
const registered = new Set<BroadcastName>();

export function subscribe<K extends BroadcastName>(name: K, subscriber: Subscriber<K>): () => void {
  const set = subscribers[name] as Set<Subscriber<K>>;
  if (!registered.has(name)) {
    registered.add(name);
    onMessage(name as BroadcastName, (data: MessageInput<BroadcastName>) => {
      for (const fn of set) fn(data as MessageInput<K>);
    });
  }
  set.add(subscriber);
  return () => set.delete(subscriber);
}

/**
 * Tells this page's own subscribers about a change it has just made, without waiting for the background's
 * broadcast. The broadcast still comes (and reloads once more); this is for the one that does not: Firefox delivers
 * it to the sidebar frame through its tab, and a view must not depend on that to show the result of its own click.
 */
export function publishLocally<K extends BroadcastName>(name: K, data: MessageInput<K>): void {
  for (const fn of subscribers[name] as Set<Subscriber<K>>) fn(data);
}
