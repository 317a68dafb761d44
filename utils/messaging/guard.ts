import { browser } from 'wxt/browser';
import { messenger } from './messenger';
import { messageDefinitions, type MessageInput, type MessageName, type MessageOutput } from './protocol';
import { classifySender, isAllowedOrigin } from './sender';
import type { Runtime } from 'webextension-polyfill';

export interface MessageContext {
  sender: Runtime.MessageSender;
}

export type MessageHandler<K extends MessageName> = (
  data: MessageInput<K>,
  context: MessageContext,
) => MessageOutput<K> | Promise<MessageOutput<K>>;

/** Decides whether an extension page framed inside a web page is the sidebar our content script created. */
export type FramedPageCheck = (sender: Runtime.MessageSender) => Promise<boolean>;
let framedPageCheck: FramedPageCheck | null = null;

/** The background installs its check (utils/background/sidebar-frames.ts); without one, framed pages are refused. */
export function trustFramedPagesWith(check: FramedPageCheck | null): void {
  framedPageCheck = check;
}

/**
 * An extension page inside a frame of a tab is the sidebar, or a copy a web page framed itself (sidebar.html is
 * web-accessible on the two sites): it may only claim its place until the background knows it is ours.
 */
async function framedPageAllowed(name: MessageName, sender: Runtime.MessageSender): Promise<boolean> {
  if (!sender.tab || !sender.frameId || name === 'claimSidebar') return true;
  return framedPageCheck !== null && (await framedPageCheck(sender));
}

/**
 * Validates one message at the boundary: rejects senders that are not ours (or not the declared origin, or a
 * framed page that is not our sidebar), parses the input with its zod schema, and checks the output before it leaves.
 */
export async function handleValidated<K extends MessageName>(
  name: K,
  data: unknown,
  sender: Runtime.MessageSender,
  handler: MessageHandler<K>,
  extensionId: string = browser.runtime.id,
): Promise<MessageOutput<K>> {
  const definition = messageDefinitions()[name];
  const origin = classifySender(sender, extensionId);
  if (!isAllowedOrigin(definition.from, origin)) {
    throw new Error(`Rejected "${name}": sender is not allowed to send it`);
  }
  if (origin === 'page' && !(await framedPageAllowed(name, sender))) {
    throw new Error(`Rejected "${name}": this frame is not the sidebar Mentor Radar created`);
  }
  const input = definition.input.safeParse(data);
  if (!input.success) throw new Error(`Rejected "${name}": invalid data (${input.error.issues[0]?.message ?? 'unknown'})`);
  const output = await handler(input.data as MessageInput<K>, { sender });
  return definition.output.parse(output) as MessageOutput<K>;
}

/** Registers a validated handler; returns the function that removes it. */
export function onMessage<K extends MessageName>(name: K, handler: MessageHandler<K>): () => void {
  // The casts bridge @webext-core's per-key inference, which cannot follow a generic K.
  return messenger.onMessage(name, ((message: { data: unknown; sender: Runtime.MessageSender }) =>
    handleValidated(name, message.data, message.sender, handler)) as never);
}
