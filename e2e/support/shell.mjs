// Chromium only (CDP): reads the sidebar's shell (utils/content/sidebar-shell.ts) the way the content script sees it.
// The shell is a closed shadow root, so neither the page nor Playwright's page-world calls can read it; the content
// script's own world can, through chrome.dom.openOrClosedShadowRoot.

const READ_SHELL = `(() => {
  const host = document.getElementById('mentor-radar')?.firstElementChild;
  if (!host || host.tagName === 'IFRAME' || !globalThis.chrome?.dom) return null;
  const root = chrome.dom.openOrClosedShadowRoot(host);
  const name = root?.querySelector('[data-testid="profile-name"]');
  return name ? { name: name.textContent, text: root.textContent, shownAt: Number(name.dataset.shownAt) || null } : null;
})()`;

/** Call before page.goto: collects the page's execution contexts, then `read()` finds the shell in the extension's. */
export async function watchShell(context, page) {
  const cdp = await context.newCDPSession(page);
  const worlds = new Map();
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => {
    if (c.auxData?.type === 'isolated') worlds.set(c.id, c);
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => worlds.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => worlds.clear());
  await cdp.send('Runtime.enable');
  return {
    /** { name, text, shownAt (ms since epoch, the rendering frame it first showed in) } or null. */
    async read() {
      for (const id of worlds.keys()) {
        const r = await cdp
          .send('Runtime.evaluate', { contextId: id, expression: READ_SHELL, returnByValue: true })
          .catch(() => null);
        if (r?.result?.value) return r.result.value;
      }
      return null;
    },
    /**
     * Whether this page's content-script world holds the page reader (utils/content/reader-slot.ts): 'none' (never
     * asked for), 'waiting' or 'attached'; null without the extension's world.
     */
    async pageReader() {
      for (const id of worlds.keys()) {
        const r = await cdp
          .send('Runtime.evaluate', {
            contextId: id,
            expression: `globalThis.chrome?.dom ? ({ undefined: 'none', function: 'waiting' }[typeof __mentorRadarPageReader] ?? __mentorRadarPageReader) : null`,
            returnByValue: true,
          })
          .catch(() => null);
        if (r?.result?.value) return r.result.value;
      }
      return null;
    },
    detach: () => cdp.detach().catch(() => undefined),
  };
}
