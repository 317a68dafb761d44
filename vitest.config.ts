import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  plugins: [WxtVitest()],
  resolve: {
    alias: {
      // @webext-core/messaging imports the polyfill directly; in unit tests it is WXT's fake browser.
      'webextension-polyfill': fileURLToPath(new URL('./tests/support/fake-polyfill.ts', import.meta.url)),
    },
  },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    setupFiles: ['fake-indexeddb/auto'],
    environment: 'node',
    // Unit tests check behaviour, not speed (that is `npm run bench`): on a busy 2-core machine the property
    // tests over whole fixture pages can need more than the default 5 s without anything being wrong.
    testTimeout: 60_000,
  },
});
