/**
 * Note drafts, one per tab and person, in the background's local state database (content scripts cannot
 * read it, unlike storage.local). Two tabs writing notes for the same person never overwrite or delete
 * each other's draft; a draft left by a closed tab is taken over by the next tab that opens that person.
 */
import type { DraftRow, LocalStateDb } from '../db/local-db';
import { LIMITS, truncate } from '../schemas/limits';

/** Drafts kept at most (the oldest go first): per-tab state must stay bounded however many tabs come and go. */
export const MAX_DRAFTS = 500;

const draftId = (tabId: number, contactKey: string) => `${tabId}|${contactKey}`;

/** This tab's draft for the person; else the newest one a closed tab left (moved to this tab); else ''. */
export async function loadDraft(
  local: LocalStateDb,
  tabId: number,
  contactKey: string,
  isTabOpen: (tabId: number) => Promise<boolean>,
): Promise<string> {
  const own = await local.drafts.get(draftId(tabId, contactKey));
  if (own) return own.text;
  const others = (await local.drafts.where('contactKey').equals(contactKey).toArray()).sort((a, b) => b.updatedAt - a.updatedAt);
  for (const other of others) {
    if (other.tabId === tabId || (await isTabOpen(other.tabId))) continue;
    const adopted: DraftRow = { ...other, id: draftId(tabId, contactKey), tabId };
    const taken = await local.transaction('rw', local.drafts, async () => {
      if (!(await local.drafts.get(other.id))) return false; // another tab took it first
      await local.drafts.delete(other.id);
      await local.drafts.put(adopted);
      return true;
    });
    if (taken) return adopted.text;
  }
  return '';
}

/** Stores this tab's draft (a blank one is removed); the oldest drafts beyond MAX_DRAFTS are dropped. */
export async function saveDraft(local: LocalStateDb, tabId: number, contactKey: string, text: string, now: number): Promise<void> {
  const id = draftId(tabId, contactKey);
  await local.transaction('rw', local.drafts, async () => {
    if (text.trim() === '') {
      await local.drafts.delete(id);
      return;
    }
    await local.drafts.put({ id, tabId, contactKey, text: truncate(text, LIMITS.noteText), updatedAt: now });
    const count = await local.drafts.count();
    if (count > MAX_DRAFTS) {
      const oldest = await local.drafts.orderBy('updatedAt').limit(count - MAX_DRAFTS).primaryKeys();
      await local.drafts.bulkDelete(oldest);
    }
  });
}

/** The note was saved in this tab: only this tab's draft goes. */
export async function clearDraft(local: LocalStateDb, tabId: number, contactKey: string): Promise<void> {
  await local.drafts.delete(draftId(tabId, contactKey));
}

/** Drafts older versions kept in storage.local (`sb:noteDraft:<key>`), moved here as left by a closed tab. */
export async function adoptLegacyDrafts(local: LocalStateDb, legacy: Record<string, unknown>, prefix: string, now: number): Promise<string[]> {
  const moved: string[] = [];
  for (const [storageKey, text] of Object.entries(legacy)) {
    if (!storageKey.startsWith(prefix)) continue;
    moved.push(storageKey);
    const contactKey = storageKey.slice(prefix.length);
    if (typeof text === 'string' && contactKey) await saveDraft(local, -1, contactKey, text, now);
  }
  return moved;
}
