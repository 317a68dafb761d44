import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDraftSaver } from '../../utils/sidebar/note-draft';
import { LocalStateDb } from '../../utils/db/local-db';
import { clearDraft, loadDraft, MAX_DRAFTS, saveDraft } from '../../utils/background/drafts-service';
import { moveLegacyLocalState } from '../../utils/background/legacy-local-state';

const T = Date.UTC(2026, 0, 5, 9);

const opened: LocalStateDb[] = [];
async function freshLocal(): Promise<LocalStateDb> {
  const local = new LocalStateDb(`local-${crypto.randomUUID()}`);
  await local.open();
  opened.push(local);
  return local;
}

describe('note drafts per tab, in the background (not storage.local)', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(async () => {
    while (opened.length > 0) await opened.pop()!.delete();
  });
  const open = (ids: number[]) => async (tabId: number) => ids.includes(tabId);

  it('keeps one draft per tab and contact, exactly as typed', async () => {
    const local = await freshLocal();
    const text = 'Line one\n\nשלום 👋 <b>x</b>';
    await saveDraft(local, 1, 'linkedin:anna', text, T);
    await saveDraft(local, 1, 'xing:ben', 'other person', T);
    expect(await loadDraft(local, 1, 'linkedin:anna', open([1]))).toBe(text);
    expect(await loadDraft(local, 1, 'xing:ben', open([1]))).toBe('other person');
    expect(await loadDraft(local, 1, 'linkedin:nobody', open([1]))).toBe('');
  });

  it('two tabs writing for the same person never overwrite or delete each other’s draft', async () => {
    const local = await freshLocal();
    await saveDraft(local, 1, 'linkedin:anna', 'from tab one', T);
    await saveDraft(local, 2, 'linkedin:anna', 'from tab two', T + 1);
    expect(await loadDraft(local, 1, 'linkedin:anna', open([1, 2]))).toBe('from tab one');
    expect(await loadDraft(local, 2, 'linkedin:anna', open([1, 2]))).toBe('from tab two');
    await clearDraft(local, 2, 'linkedin:anna'); // tab two saved its note
    expect(await loadDraft(local, 1, 'linkedin:anna', open([1, 2]))).toBe('from tab one');
  });

  it('a closed tab’s draft is taken over by the next tab that opens the person, once', async () => {
    const local = await freshLocal();
    await saveDraft(local, 7, 'linkedin:anna', 'left behind', T);
    expect(await loadDraft(local, 8, 'linkedin:anna', open([8, 9]))).toBe('left behind');
    expect(await loadDraft(local, 9, 'linkedin:anna', open([8, 9]))).toBe('');
    expect(await loadDraft(local, 8, 'linkedin:anna', open([8, 9]))).toBe('left behind');
  });

  it('an open tab’s draft is never taken by another tab', async () => {
    const local = await freshLocal();
    await saveDraft(local, 7, 'linkedin:anna', 'still typing', T);
    expect(await loadDraft(local, 8, 'linkedin:anna', open([7, 8]))).toBe('');
  });

  it('removes blank drafts; keeps at most MAX_DRAFTS (the newest)', async () => {
    const local = await freshLocal();
    await saveDraft(local, 1, 'linkedin:anna', 'draft', T);
    await saveDraft(local, 1, 'linkedin:anna', '   \n ', T);
    expect(await local.drafts.count()).toBe(0);
    await local.drafts.bulkPut(
      Array.from({ length: MAX_DRAFTS }, (_, i) => ({ id: `${i}|k`, tabId: i, contactKey: 'k', text: 'x', updatedAt: T + i })),
    );
    await saveDraft(local, 1, 'linkedin:anna', 'newest', T + MAX_DRAFTS);
    expect(await local.drafts.count()).toBe(MAX_DRAFTS);
    expect(await local.drafts.get('0|k')).toBeUndefined();
    expect(await loadDraft(local, 1, 'linkedin:anna', open([1]))).toBe('newest');
  });

  it('drafts an older version left in storage.local move into the background and leave storage.local', async () => {
    const local = await freshLocal();
    await fakeBrowser.storage.local.set({
      'sb:noteDraft:linkedin:anna': 'old draft',
      'sb:noteDraft:linkedin:evil': { evil: true },
      'popup:snapshot': { rows: [] },
      'popup:view': { query: 'Anna' },
      'sb:collapsed': true,
    });
    await moveLegacyLocalState(local, T);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ 'sb:collapsed': true });
    expect(await loadDraft(local, 3, 'linkedin:anna', open([3]))).toBe('old draft');
    expect(await loadDraft(local, 3, 'linkedin:evil', open([3]))).toBe('');
  });
});

describe('createDraftSaver', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('writes only the last text after the pause', async () => {
    const write = vi.fn(async () => {});
    const saver = createDraftSaver(write, 300);
    saver.schedule('k', 'a');
    saver.schedule('k', 'ab');
    await vi.advanceTimersByTimeAsync(299);
    expect(write).not.toHaveBeenCalled();
    saver.schedule('k', 'abc');
    await vi.advanceTimersByTimeAsync(300);
    expect(write).toHaveBeenCalledTimes(1);
    expect(write).toHaveBeenCalledWith('k', 'abc');
  });

  it('flush writes at once; cancel drops the pending draft', async () => {
    const write = vi.fn(async () => {});
    const saver = createDraftSaver(write, 300);
    saver.schedule('k', 'now');
    await saver.flush();
    expect(write).toHaveBeenCalledWith('k', 'now');
    saver.schedule('k', 'dropped');
    saver.cancel();
    await vi.advanceTimersByTimeAsync(1000);
    expect(write).toHaveBeenCalledTimes(1);
  });

  it("writes another person's pending draft before taking a new one", async () => {
    const write = vi.fn(async () => {});
    const saver = createDraftSaver(write, 300);
    saver.schedule('anna', 'for anna');
    saver.schedule('ben', 'for ben');
    expect(write).toHaveBeenCalledWith('anna', 'for anna');
    await vi.advanceTimersByTimeAsync(300);
    expect(write).toHaveBeenLastCalledWith('ben', 'for ben');
  });
});
