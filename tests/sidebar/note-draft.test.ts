import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clearNoteDraft,
  createDraftSaver,
  loadNoteDraft,
  noteDraftKey,
  saveNoteDraft,
} from '../../utils/sidebar/note-draft';

describe('note drafts in storage.local', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps one draft per contact key, exactly as typed', async () => {
    const text = 'Line one\n\nשלום 👋 <b>x</b>';
    await saveNoteDraft('linkedin:anna', text);
    await saveNoteDraft('xing:ben', 'other person');
    expect(await loadNoteDraft('linkedin:anna')).toBe(text);
    expect(await loadNoteDraft('xing:ben')).toBe('other person');
    expect(await loadNoteDraft('linkedin:nobody')).toBe('');
  });

  it('uses a namespaced storage key that differs per contact', () => {
    expect(noteDraftKey('linkedin:anna')).not.toBe(noteDraftKey('linkedin:ben'));
    expect(noteDraftKey('linkedin:anna')).toContain('linkedin:anna');
    expect(noteDraftKey('linkedin:anna')).not.toBe('linkedin:anna');
  });

  it('removes the entry for blank drafts and on clear', async () => {
    await saveNoteDraft('linkedin:anna', 'draft');
    await saveNoteDraft('linkedin:anna', '   \n ');
    expect(await fakeBrowser.storage.local.get(noteDraftKey('linkedin:anna'))).toEqual({});
    await saveNoteDraft('linkedin:anna', 'again');
    await clearNoteDraft('linkedin:anna');
    expect(await loadNoteDraft('linkedin:anna')).toBe('');
  });

  it('ignores a non-string value someone left under the key', async () => {
    await fakeBrowser.storage.local.set({ [noteDraftKey('linkedin:anna')]: { evil: true } });
    expect(await loadNoteDraft('linkedin:anna')).toBe('');
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

  it('by default persists into storage.local', async () => {
    const saver = createDraftSaver(undefined, 50);
    saver.schedule('linkedin:anna', 'persisted');
    await vi.advanceTimersByTimeAsync(50);
    expect(await loadNoteDraft('linkedin:anna')).toBe('persisted');
  });
});
