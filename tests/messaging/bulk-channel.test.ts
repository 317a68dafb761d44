import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const RESULT = { ok: false, problem: { code: 'no-rows' } } as const;
const FILE = { id: 'import-1', text: 'First Name,Last Name,URL\nAda,L,https://www.linkedin.com/in/ada-l/\n' };

type Listener = (event: unknown) => void;

/** Loads the module as a service worker would (its own global scope), capturing the message listener. */
async function inServiceWorker(origin = 'chrome-extension://test') {
  let listener: Listener | null = null;
  vi.stubGlobal('ServiceWorkerGlobalScope', class {});
  vi.stubGlobal('addEventListener', (type: string, fn: Listener) => {
    if (type === 'message') listener = fn;
  });
  vi.stubGlobal('location', { origin });
  vi.resetModules();
  const module = await import('../../utils/messaging/bulk-channel');
  /** Posts a request as a page of `from` would, and resolves with the worker's reply. */
  const post = (data: unknown, from = origin, url = `${from}/options.html`) =>
    new Promise<unknown>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => {
        channel.port1.close();
        resolve(event.data);
      };
      const pending: Promise<unknown>[] = [];
      listener!({ data, origin: from, ports: [channel.port2], source: { url }, waitUntil: (p: Promise<unknown>) => pending.push(p) });
    });
  return { module, post };
}

describe('bulk channel (large messages to the service worker)', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.unstubAllGlobals());

  it('runs the registered handler with the zod-parsed input and replies with its output', async () => {
    const { module, post } = await inServiceWorker(`chrome-extension://${fakeBrowser.runtime.id}`);
    const handler = vi.fn(() => RESULT);
    module.onBulkMessage('importConnectionsFile', handler);
    const reply = await post({ tag: 'mentor-radar:bulk', name: 'importConnectionsFile', data: FILE });
    expect(reply).toEqual({ ok: true, value: RESULT });
    expect(handler).toHaveBeenCalledWith(FILE, expect.anything());
  });

  it('refuses invalid input the way runtime messaging does, without calling the handler', async () => {
    const { module, post } = await inServiceWorker(`chrome-extension://${fakeBrowser.runtime.id}`);
    const handler = vi.fn(() => RESULT);
    module.onBulkMessage('importConnectionsFile', handler);
    const reply = (await post({ tag: 'mentor-radar:bulk', name: 'importConnectionsFile', data: { id: 'import-1', text: 42 } })) as {
      ok: boolean;
      error: string;
    };
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/invalid data/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a sender of another origin and a message nobody registered', async () => {
    const { module, post } = await inServiceWorker(`chrome-extension://${fakeBrowser.runtime.id}`);
    const handler = vi.fn(() => RESULT);
    module.onBulkMessage('importConnectionsFile', handler);
    const foreign = await post({ tag: 'mentor-radar:bulk', name: 'importConnectionsFile', data: FILE }, 'https://www.linkedin.com');
    expect(foreign).toEqual({ ok: false, error: 'Rejected bulk message' });
    const unknown = await post({ tag: 'mentor-radar:bulk', name: 'exportBackup', data: undefined });
    expect(unknown).toEqual({ ok: false, error: 'Rejected bulk message' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('falls back to runtime messaging where the background is no service worker (Firefox)', async () => {
    vi.resetModules();
    const { sendBulkMessage, onBulkMessage } = await import('../../utils/messaging/bulk-channel');
    const handler = vi.fn(() => RESULT);
    const off = onBulkMessage('importConnectionsFile', handler);
    // The fake browser's runtime message has no sender URL: the runtime path's guard refuses it, which shows
    // the message went that way (and through the same checks).
    await expect(sendBulkMessage('importConnectionsFile', FILE)).rejects.toThrow(/Rejected "importConnectionsFile": sender/);
    expect(handler).not.toHaveBeenCalled();
    off();
  });
});
