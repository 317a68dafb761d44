import { holdMessagesUntil } from '../messaging/message-gate';
import { sendRaw } from '../messaging/raw-sender';
import type { TabProfileState } from '../messaging/protocol';

export interface SidebarSession {
  tabId: number;
  state: TabProfileState;
}

let session: Promise<SidebarSession> | null = null;
let settled: SidebarSession | undefined;

/**
 * The sidebar's claim to be the frame our content script created, made once per page with the secret the content
 * script put in this frame's URL hash (the web page around it cannot read it). The answer names the tab and what it
 * shows. Every other message waits for it. Opened as a tab of its own (no hash), sidebar.html needs no claim.
 */
export function sidebarSession(win: Window = window): Promise<SidebarSession> {
  if (!session) {
    const token = win.location.hash.slice(1);
    session = sendRaw('claimSidebar', { token });
    session.then((answer) => (settled = answer), () => undefined);
    // Refused (a copy some page framed): it never sends anything else, so it never errs either.
    if (win.top !== win) holdMessagesUntil(session.then(() => undefined, () => new Promise<never>(() => undefined)));
  }
  return session;
}

/**
 * The tab's state now: the claim again (the same frame may repeat it). For React, which subscribes to the
 * background's broadcasts only once it has loaded and must not miss a change made since the first claim.
 */
export async function currentSidebarState(win: Window = window): Promise<SidebarSession> {
  await sidebarSession(win);
  return sendRaw('claimSidebar', { token: win.location.hash.slice(1) });
}

/** The claim's answer if it has already arrived (the first render then starts from it instead of a placeholder). */
export function settledSidebarSession(): SidebarSession | undefined {
  return settled;
}
