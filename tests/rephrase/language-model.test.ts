import { afterEach, describe, expect, it, vi } from 'vitest';
import { canRephrase, cleanRephrased, rephraseDraft, rephrasePrompt } from '../../utils/rephrase/language-model';

afterEach(() => {
  vi.unstubAllGlobals();
});

function fakeModel(availability: string | (() => Promise<string>), answer = 'Hi Mila, shall we swap know-how over a coffee?') {
  const destroy = vi.fn();
  const prompt = vi.fn(async () => answer);
  const create = vi.fn(async () => ({ prompt, destroy }));
  const avail = vi.fn(typeof availability === 'string' ? async () => availability : availability);
  return { LanguageModel: { availability: avail, create }, create, prompt, destroy, avail };
}

describe('canRephrase', () => {
  it('is false where the browser has no LanguageModel', async () => {
    expect('LanguageModel' in globalThis).toBe(false);
    expect(await canRephrase('en')).toBe(false);
  });

  it('is true only when the model is available now, asking for the draft language', async () => {
    const m = fakeModel('available');
    vi.stubGlobal('LanguageModel', m.LanguageModel);
    expect(await canRephrase('de')).toBe(true);
    expect(m.avail).toHaveBeenCalledWith(expect.objectContaining({ expectedOutputs: [{ type: 'text', languages: ['de'] }] }));
  });

  it.each(['downloadable', 'downloading', 'unavailable'])('is false when the model is %s (no surprise downloads)', async (state) => {
    vi.stubGlobal('LanguageModel', fakeModel(state).LanguageModel);
    expect(await canRephrase('en')).toBe(false);
  });

  it('is false when availability() throws', async () => {
    vi.stubGlobal('LanguageModel', fakeModel(() => Promise.reject(new Error('boom'))).LanguageModel);
    expect(await canRephrase('en')).toBe(false);
  });

  it('accepts an explicit scope, so a test needs no global', async () => {
    expect(await canRephrase('en', { LanguageModel: fakeModel('available').LanguageModel })).toBe(true);
    expect(await canRephrase('en', { LanguageModel: {} })).toBe(false);
  });
});

describe('rephraseDraft', () => {
  const request = { text: 'Hi Mila, …', language: 'en' as const, address: 'sie' as const, format: 'connection-note' as const, limit: 200 };

  it('prompts the on-device model with the limit and returns its cleaned answer', async () => {
    const m = fakeModel('available', '"Hi Mila,\nfancy a 20-minute coffee to swap know-how?"');
    const text = await rephraseDraft(request, undefined, { LanguageModel: m.LanguageModel });
    expect(text).toBe('Hi Mila, fancy a 20-minute coffee to swap know-how?');
    expect(m.prompt).toHaveBeenCalledWith('Hi Mila, …', expect.anything());
    expect(m.destroy).toHaveBeenCalledOnce();
  });

  it('never returns more than the limit, cut at a word', async () => {
    const long = 'word '.repeat(80).trim();
    const m = fakeModel('available', long);
    const text = await rephraseDraft(request, undefined, { LanguageModel: m.LanguageModel });
    expect(text.length).toBeLessThanOrEqual(200);
    expect(text).toMatch(/word…$/);
  });

  it('fails without a model, and on an empty answer (the caller keeps the template text)', async () => {
    await expect(rephraseDraft(request, undefined, {})).rejects.toThrow();
    const m = fakeModel('available', '  ""  ');
    await expect(rephraseDraft(request, undefined, { LanguageModel: m.LanguageModel })).rejects.toThrow();
    expect(m.destroy).toHaveBeenCalledOnce();
  });
});

describe('rephrasePrompt and cleanRephrased', () => {
  it('asks German Sie drafts to stay with Sie and Du drafts with Du', () => {
    const base = { text: 'x', language: 'de' as const, format: 'message' as const, limit: 2000 };
    expect(rephrasePrompt({ ...base, address: 'sie' }).system).toMatch(/"Sie".*never with "du"/);
    expect(rephrasePrompt({ ...base, address: 'du' }).system).toMatch(/"Du".*never with "Sie"/);
    expect(rephrasePrompt({ ...base, language: 'en', address: 'du' }).system).not.toMatch(/Sie|Du\b/);
    expect(rephrasePrompt({ ...base, address: 'sie' }).system).toContain('at most 2000 characters');
  });

  it('keeps paragraphs in messages but not in connection notes', () => {
    expect(cleanRephrased('Hi,\n\n\n\nThanks', { format: 'message', limit: 2000 })).toBe('Hi,\n\nThanks');
    expect(cleanRephrased('Hi,\n\nThanks', { format: 'connection-note', limit: 200 })).toBe('Hi, Thanks');
    expect(cleanRephrased('„Hallo“', { format: 'message', limit: 2000 })).toBe('Hallo');
    expect(cleanRephrased('   ', { format: 'message', limit: 2000 })).toBeNull();
  });
});
