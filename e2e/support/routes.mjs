import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const E2E_DIR = fileURLToPath(new URL('..', import.meta.url));
export const FIXTURES_DIR = join(E2E_DIR, 'fixtures');
export const PAGES_DIR = join(E2E_DIR, 'pages');

/**
 * Every fixture with its real URL and expected parse, from e2e/fixtures/expected/*.json
 * (`fixture`, `url`, `servePath`, `name`, …).
 */
export function loadFixtures(folder = 'expected') {
  const dir = join(FIXTURES_DIR, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')))
    .filter((e) => e.fixture && e.servePath && e.url);
}

/** Path → file to serve. Test pages (SPA shell, hostile CSS) live in e2e/pages. */
export function buildRoutes(fixtures = loadFixtures()) {
  const routes = new Map();
  for (const f of fixtures) routes.set(f.servePath, join(FIXTURES_DIR, f.fixture));
  // Walls, full-list (details) pages and people lists: expected values in their own folders, served the same way.
  for (const dir of ['expected-walls', 'expected-details', 'expected-lists'])
    for (const f of loadFixtures(dir)) if (!routes.has(f.servePath)) routes.set(f.servePath, join(FIXTURES_DIR, f.fixture));
  routes.set('/feed/', join(PAGES_DIR, 'feed.html'));
  routes.set('/__test/spa-shell.js', join(PAGES_DIR, 'spa-shell.js'));
  routes.set('/in/hostile-css-person/', join(PAGES_DIR, 'hostile-css.html'));
  routes.set('/in/hostile-page-person/', join(PAGES_DIR, 'hostile-page.html'));
  routes.set('/in/huge-about-person/', join(PAGES_DIR, 'huge-about.html'));
  return routes;
}
