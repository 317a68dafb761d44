import { launchBrowser } from './support/browser.mjs';
import { startFixtureServer } from './support/server.mjs';
const server = await startFixtureServer();
const b = await launchBrowser({ port: server.port });
const URL_ = 'https://www.linkedin.com/in/eleanor-whitcombe-3a91b4/';
for (let i = 0; i < 6; i++) {
  const page = await b.context.newPage();
  await page.addInitScript(() => {
    new MutationObserver(() => { if (!window.__ins && document.getElementById('mentor-radar')) window.__ins = performance.now(); }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(URL_);
  let frame, shown;
  for (let k = 0; k < 400 && !shown; k++) {
    frame = page.frames().find((f) => f.url().includes('/sidebar.html'));
    if (frame) shown = await frame.evaluate(() => { const m = performance.getEntriesByName('mentor-radar:profile-shown')[0]; if (!m) return null; const n = performance.getEntriesByType('navigation')[0]; const r = performance.getEntriesByType('resource'); return { origin: performance.timeOrigin, shown: m.startTime, dcl: n.domContentLoadedEventEnd, resEnd: Math.max(...r.map(x=>x.responseEnd)) }; }).catch(() => null);
    if (!shown) await new Promise((r) => setTimeout(r, 5));
  }
  const p = await page.evaluate(() => { const n = performance.getEntriesByType('navigation')[0]; return { origin: performance.timeOrigin, dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd, ins: window.__ins }; });
  const rel = (t) => Math.round(t - p.dcl);
  const sOff = shown.origin - p.origin;
  console.log(`load +${rel(p.load)}  iframe inserted +${rel(p.ins)}  sidebar nav start +${rel(sOff)}  sidebar DCL +${rel(sOff + shown.dcl)}  shown +${rel(sOff + shown.shown)}`);
  await page.close();
}
await b.close(); await server.close();
