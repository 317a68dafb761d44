import { browser } from 'wxt/browser';
import { z } from 'zod';
import { SidebarTokenSchema } from '../messaging/protocol';

/**
 * Which frame in each tab is the real sidebar (issue 13.2). The content script makes a secret per frame it creates
 * and registers it here; the frame (which got the secret in its URL's hash, which the page cannot read) claims it,
 * and from then on only that frame of that tab may act as the sidebar. A copy of sidebar.html the page frames itself
 * has no secret, and a frame the content script replaced loses its privileges when the new secret is registered.
 * Kept in storage.session (trusted contexts only): the service worker may be stopped between register and claim.
 */
const RecordSchema = z.object({ token: SidebarTokenSchema, frameId: z.number().int().positive().nullable() });
type FrameRecord = z.infer<typeof RecordSchema>;

/** How long a claim waits for its register message (both leave the tab at about the same time, in either order). */
const CLAIM_WAIT_MS = 3000;
const storageKey = (tabId: number) => `sidebar:${tabId}`;

export interface FrameSender {
  tab?: { id?: number };
  frameId?: number;
}

/** The part of storage.session this needs (WXT's fake browser stands in for it in unit tests). */
interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export function createSidebarFrames(storage: SessionArea = browser.storage.session) {
  const cache = new Map<number, FrameRecord>();
  const waiting = new Map<number, Set<() => void>>();

  async function read(tabId: number): Promise<FrameRecord | null> {
    const cached = cache.get(tabId);
    if (cached) return cached;
    const stored = RecordSchema.safeParse((await storage.get(storageKey(tabId)))[storageKey(tabId)]);
    if (!stored.success) return null;
    cache.set(tabId, stored.data);
    return stored.data;
  }

  async function write(tabId: number, record: FrameRecord): Promise<void> {
    cache.set(tabId, record);
    await storage.set({ [storageKey(tabId)]: record });
  }

  function wakeClaims(tabId: number): void {
    for (const wake of waiting.get(tabId) ?? []) wake();
  }

  /** Resolves when a register for this tab arrives, or after `ms`. */
  function nextRegister(tabId: number, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const set = waiting.get(tabId) ?? new Set();
      waiting.set(tabId, set);
      const done = () => {
        clearTimeout(timer);
        set.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      set.add(done);
    });
  }

  return {
    /** The content script of `tabId` is creating a frame that will claim with `token`; any earlier frame is out. */
    async register(tabId: number, token: string): Promise<void> {
      await write(tabId, { token, frameId: null });
      wakeClaims(tabId);
    },

    /** True when the sender is the frame holding the tab's current secret (the first frame to show it gets it). */
    async claim(sender: FrameSender, token: string): Promise<boolean> {
      const tabId = sender.tab?.id;
      const frameId = sender.frameId;
      if (tabId === undefined || frameId === undefined || frameId <= 0) return false;
      const deadline = Date.now() + CLAIM_WAIT_MS;
      for (;;) {
        const record = await read(tabId);
        if (record?.token === token) {
          if (record.frameId !== null) return record.frameId === frameId;
          await write(tabId, { token, frameId });
          return true;
        }
        const left = deadline - Date.now();
        if (left <= 0) return false;
        await nextRegister(tabId, left);
      }
    },

    /** May this framed extension page act as the sidebar of its tab? */
    async isClaimedFrame(sender: FrameSender): Promise<boolean> {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId === undefined) return false;
      const record = await read(tabId);
      return record !== null && record.frameId === sender.frameId;
    },

    async forgetTab(tabId: number): Promise<void> {
      cache.delete(tabId);
      await storage.remove(storageKey(tabId));
    },
  };
}

export type SidebarFrames = ReturnType<typeof createSidebarFrames>;
