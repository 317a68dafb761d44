/**
 * The path that ships: the sidebar (an extension frame inside linkedin.com, where the Prompt API is not
 * allowed by default) asks the background by message, and the background runs the model.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerHandlers } from '../../utils/background/handlers';
import { MentorRadarDb } from '../../utils/db/database';
import { LocalStateDb } from '../../utils/db/local-db';
import { createSidebarFrames } from '../../utils/background/sidebar-frames';
import { messenger } from '../../utils/messaging/messenger';
import type { MessageName, MessageOutput } from '../../utils/messaging/protocol';

// The sidebar frame's sender: an extension page, though its frame sits inside linkedin.com.
const sidebar = () => ({ id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/sidebar.html`, tab: { id: 4 } });
const REQUEST = { text: 'Hi Mila, I would love to swap know-how.', language: 'en', address: 'du', format: 'connection-note', limit: 200 } as const;

type Listener = (message: { data: unknown; sender: unknown }) => Promise<unknown>;

/** Sends as the sidebar to the background's listeners, as registerHandlers wires them (validation included). */
function backgroundHandlers() {
  const listeners = new Map<string, Listener>();
  vi.spyOn(messenger, 'onMessage').mockImplementation(((name: string, listener: Listener) => {
    listeners.set(name, listener);
    return () => undefined;
  }) as never);
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '1.0.0' } as never);
  registerHandlers(new MentorRadarDb('rephrase-path'), new LocalStateDb('rephrase-path-local'), createSidebarFrames());
  return async <K extends MessageName>(name: K, data: unknown) => {
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no background handler for ${name}`);
    return (await listener({ data, sender: sidebar() })) as MessageOutput<K>;
  };
}

function modelInBackground(answer: string, availability = 'available') {
  const prompt = vi.fn(async () => answer);
  const destroy = vi.fn();
  const create = vi.fn(async () => ({ prompt, destroy }));
  vi.stubGlobal('LanguageModel', { availability: vi.fn(async () => availability), create });
  return { prompt, create, destroy };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('Rephrase through the background', () => {
  it('the sidebar learns the model is ready and gets the rewritten draft from the background', async () => {
    const model = modelInBackground('"Hi Mila, shall we trade what we know over a coffee?"');
    const send = backgroundHandlers();
    expect(await send('canRephrase', { language: 'en' })).toBe(true);
    expect(await send('rephraseDraft', REQUEST)).toEqual({ text: 'Hi Mila, shall we trade what we know over a coffee?' });
    expect(model.prompt).toHaveBeenCalledWith(REQUEST.text, expect.anything());
    expect(model.destroy).toHaveBeenCalledOnce();
  });

  it('no Rephrase where the background has no model, or only one to download', async () => {
    const send = backgroundHandlers();
    expect(await send('canRephrase', { language: 'de' })).toBe(false);
    modelInBackground('unused', 'downloadable');
    expect(await send('canRephrase', { language: 'de' })).toBe(false);
  });

  it('an answer over the limit comes back shortened; a failing model fails the message (the draft stays)', async () => {
    modelInBackground('word '.repeat(100));
    const send = backgroundHandlers();
    const { text } = await send('rephraseDraft', { ...REQUEST, limit: 40 });
    expect(text.length).toBeLessThanOrEqual(40);
    vi.stubGlobal('LanguageModel', { availability: async () => 'available', create: async () => Promise.reject(new Error('busy')) });
    await expect(send('rephraseDraft', REQUEST)).rejects.toThrow('busy');
  });

  it('refuses a request that is not a draft (empty text, unknown language, runaway length)', async () => {
    const model = modelInBackground('unused');
    const send = backgroundHandlers();
    for (const bad of [{ ...REQUEST, text: '' }, { ...REQUEST, language: 'fr' }, { ...REQUEST, text: 'x'.repeat(8_001) }]) {
      await expect(send('rephraseDraft', bad)).rejects.toThrow(/Rejected "rephraseDraft"/);
    }
    expect(model.create).not.toHaveBeenCalled();
  });
});
