// The built extension as the browser of this run loads it. Each extension page is built on its own (wxt.config.ts,
// hook 'entrypoints:grouped'): its first render loads one script, not a dozen chunks shared with other pages, which
// measured 30-50 ms sooner first rows in the popup and the radar (README, Benchmark).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BROWSER_NAME, EXTENSION_DIR } from '../support/browser.mjs';
import { FIREFOX_EXTENSION_DIR } from '../support/firefox.mjs';

const dir = BROWSER_NAME === 'firefox' ? FIREFOX_EXTENSION_DIR : EXTENSION_DIR;

/** The script files a page's HTML loads before it runs: module scripts and module preloads. */
function scriptsLoadedBy(page) {
  const html = readFileSync(join(dir, page), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  return [...scripts, ...preloads];
}

test('every extension page loads one script file for its first render', () => {
  for (const page of ['popup.html', 'radar.html', 'options.html', 'sidebar.html']) {
    const scripts = scriptsLoadedBy(page);
    assert.equal(scripts.length, 1, `${page} loads ${scripts.join(', ')}`);
    // The file holds the page's code (a page that loads an empty stub would pass the count alone).
    const size = readFileSync(join(dir, scripts[0])).length;
    assert.ok(size > 2_000, `${page}: ${scripts[0]} is ${size} bytes`);
  }
});

test('the popup and the radar import no other chunk before they run (lazy parts such as row details may)', () => {
  const popup = readFileSync(join(dir, scriptsLoadedBy('popup.html')[0]), 'utf8');
  const radar = readFileSync(join(dir, scriptsLoadedBy('radar.html')[0]), 'utf8');
  const staticImports = (code) => [...code.matchAll(/\bimport\s*[^("'`]*from\s*["']([^"']+)["']/g)].map((m) => m[1]);
  assert.deepEqual(staticImports(popup), [], 'the popup imports other chunks before it runs');
  assert.deepEqual(staticImports(radar), [], 'the radar imports other chunks before it runs');
});

test("the popup starts reading its stored first page before React's and zod's code runs", () => {
  // entrypoints/popup/read-stored-state.ts: a first open evaluates React and zod for ~100-150 ms; the read runs meanwhile.
  const popup = readFileSync(join(dir, scriptsLoadedBy('popup.html')[0]), 'utf8');
  const at = (text) => {
    const i = popup.indexOf(text);
    assert.ok(i >= 0, `the popup's script holds ${text}`);
    return i;
  };
  const read = at('popup:snapshot');
  assert.ok(read < at('react.transitional.element'), 'the storage read comes after React');
  assert.ok(read < at('jitless'), "the storage read comes after zod's set-up");
});

test('the content script reads lists of people itself, holds no profile parser, and stays within 25 kB (issue 16)', () => {
  const script = readFileSync(join(dir, 'content-script.js'), 'utf8');
  const reader = readFileSync(join(dir, 'page-reader.js'), 'utf8');
  // One selector string from each module, kept by the minifier: utils/sites/people.ts, linkedin.ts, xing.ts.
  const LIST = 'search-entity-result-universal-template';
  const PROFILE_PARSERS = ['educationsDetails', '[data-qa$="-entry"]'];
  assert.ok(script.includes(LIST), 'the list reading is in the content script');
  for (const marker of PROFILE_PARSERS) {
    assert.ok(!script.includes(marker), `a profile parser (${marker}) is in the content script`);
    assert.ok(reader.includes(marker), `the page reader lacks ${marker}`);
  }
  assert.ok(script.length <= 25 * 1024, `content-script.js is ${script.length} bytes`);
});

test('each page links its whole stylesheet: no part loaded later waits for a stylesheet of its own', () => {
  // A lazy part that preloads its own CSS fails when its frame is removed mid-load (Firefox: "Unable to preload CSS").
  for (const page of ['popup.html', 'radar.html', 'options.html', 'sidebar.html']) {
    const html = readFileSync(join(dir, page), 'utf8');
    assert.match(html, /<link[^>]*rel="stylesheet"[^>]*href="[^"]+\.css"/, `${page} links no stylesheet`);
  }
  const chunks = readdirSync(join(dir, 'chunks')).filter((f) => f.endsWith('.js'));
  const preloading = chunks.filter((f) => /["'`]assets\/[^"'`]+\.css["'`]/.test(readFileSync(join(dir, 'chunks', f), 'utf8')));
  assert.deepEqual(preloading, [], 'chunks that load a stylesheet of their own');
});
