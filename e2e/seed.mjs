// Dev only: opens Chromium with the built extension and a synthetic network of invented people (default
// 10,000 contacts with notes), to try the popup at scale. Nothing of this is part of the extension.
//   node e2e/seed.mjs [--count 10000] [--profile .seed-profile] [--headless]
// The browser profile folder keeps the data, so the next run with the same --profile opens it again
// (add --count 0 to seed nothing).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser } from './support/browser.mjs';
import { startFixtureServer } from './support/server.mjs';
import { generateNetwork, seedNetwork } from './bench/synthetic-network.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const count = Number(arg('count', 10_000));
const profile = resolve(arg('profile', '.seed-profile'));
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

mkdirSync(profile, { recursive: true });
// The fixture server too, so the demo profiles can be opened next to the seeded network; loopback only.
const server = await startFixtureServer();
const browser = await launchBrowser({ port: server.port, headless, userDataDir: profile, viewport: null });
const { context, extensionUrl } = browser;
if (count > 0) {
  const started = Date.now();
  await seedNetwork(context, generateNetwork(count));
  console.log(`Seeded ${count} invented contacts with notes in ${Date.now() - started} ms (profile: ${profile}).`);
}
const popup = await context.newPage();
await popup.goto(extensionUrl('popup.html'));
if (headless) {
  await popup.getByTestId('contact-row').first().waitFor({ timeout: 60_000 });
  console.log('Popup lists the network. Run without --headless (and with a display) to browse it.');
  await browser.close();
  await server.close();
} else {
  console.log('Close the browser window to finish.');
  await new Promise((done) => context.on('close', done));
  await server.close();
}
