// The background service worker's JS heap, read over CDP (Runtime.getHeapUsage on the worker's own target,
// after a full garbage collection so the figure is what the background keeps, not garbage waiting for GC).
// Playwright gives CDP sessions for pages only: this attaches to the worker through a page's session.

/** Sends CDP commands to another target through `cdp` (a page's session), non-flat. */
async function targetSession(cdp, targetId) {
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  let nextId = 0;
  const waiting = new Map();
  const onMessage = (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message);
    const entry = waiting.get(message.id);
    if (!entry) return;
    waiting.delete(message.id);
    if (message.error) entry.reject(new Error(message.error.message));
    else entry.resolve(message.result);
  };
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  return {
    send(method, params = {}) {
      const id = ++nextId;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
      });
    },
    async detach() {
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    },
  };
}

/** Bytes of JS heap the extension's service worker uses after a GC (Chromium only). */
export async function backgroundHeapBytes(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
    if (!worker) throw new Error('no running extension service worker');
    const session = await targetSession(cdp, worker.targetId);
    try {
      await session.send('HeapProfiler.collectGarbage');
      const { usedSize } = await session.send('Runtime.getHeapUsage');
      return usedSize;
    } finally {
      await session.detach();
    }
  } finally {
    await cdp.detach();
    await page.close();
  }
}
