let ready: Promise<unknown> = Promise.resolve();

/**
 * Holds every message this page sends through `messenger` until `gate` settles. The sidebar sends nothing before it
 * has claimed its frame (utils/sidebar/sidebar-session.ts): the background refuses a framed page's messages until
 * then. Its own module so the sidebar's first paint can set it without loading the messaging library.
 */
export function holdMessagesUntil(gate: Promise<unknown>): void {
  ready = gate;
}

export function messagesReady(): Promise<unknown> {
  return ready;
}
