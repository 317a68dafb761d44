import { defineConfig, type EntrypointGroup } from 'wxt';
import { SITE_MATCHES } from './utils/site-matches';

const EXTENSION_CSP = "script-src 'self'; object-src 'self'; connect-src 'none'; img-src 'self' data:";

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  // MV3 in Firefox too: its web_accessible_resources can be limited to the two sites (MV2's are open to every
  // page), so no other site can probe for the sidebar. See README "Firefox".
  manifestVersion: 3,
  // Parallel builds (e.g. several checkouts' e2e runs) can each use their own output folder.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  manifest: ({ browser, manifestVersion, command }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `scripting` + the sites' host access: the background injects the page reader into tabs showing a page we read
    // (utils/background/page-reader.ts). The hosts are the content script's own: no new access, no new install warning.
    permissions: ['storage', 'alarms', 'notifications', 'scripting'],
    host_permissions: SITE_MATCHES,
    // Whole sites, not /in/* only: LinkedIn is an SPA and never reloads when the user clicks into a profile. An
    // unlisted script listed here by hand (entrypoints/content-script.ts says why).
    content_scripts: [{ matches: SITE_MATCHES, js: ['content-script.js'], run_at: 'document_start' }],
    // No extension page may open a network connection: the user's data stays on the device. (Dev mode keeps
    // WXT's default policy, which its reload server needs.)
    ...(command === 'build'
      ? {
          content_security_policy:
            manifestVersion === 3
              ? { extension_pages: EXTENSION_CSP }
              : EXTENSION_CSP,
        }
      : {}),
    web_accessible_resources: [
      {
        resources: ['sidebar.html'],
        matches: SITE_MATCHES,
        // A fresh random URL per session so pages cannot fingerprint the extension by probing it.
        use_dynamic_url: true,
      },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'mentor-radar@mentor-radar.invalid',
              // 140 (the current ESR) is the first with data_collection_permissions.
              strict_min_version: '140.0',
              // Nothing leaves the device: declared for Firefox's data-collection consent.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // Each extension page in a build of its own: a page's first render then loads one file with everything it imports,
    // not a dozen chunks shared between pages (measured: the popup's first rows ~30-50 ms sooner).
    'entrypoints:grouped': (_wxt, groups) => {
      const apart = groups.flatMap((group): EntrypointGroup[] => (Array.isArray(group) ? group.map((entry) => [entry]) : [group]));
      groups.splice(0, groups.length, ...apart);
    },
  },
  vite: () => ({
    // Without ASCII output Vite turns Dexie's String.fromCharCode(65535) into a literal U+FFFF and
    // Chromium refuses to load the extension ("isn't UTF-8 encoded").
    // cssCodeSplit off: each page links all its CSS from its HTML. Split, a lazy part loaded its own stylesheet first,
    // and when the page removed or re-pointed the sidebar frame during that load, Firefox raised "Unable to preload
    // CSS" in the dying frame (seen once in CI, e2e/tests/hostile-page.test.mjs).
    build: { cssCodeSplit: false, rolldownOptions: { output: { charset: 'ascii' } }, sourcemap: process.env.BUILD_SOURCEMAP === '1' },
  }),
});
