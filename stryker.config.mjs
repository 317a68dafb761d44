// Mutation testing of the pure core (`npm run test:mutation`, not part of `npm test`: it takes long).
// The default set below runs in about a quarter of an hour on two shared cores with `--concurrency 1`;
// scores before/after are in ARCHITECTURE.md ("Mutation testing"). A part or another folder:
// `npm run test:mutation -- --mutate "utils/matching/**/*.ts"`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'utils/matching/match-input.ts',
    'utils/outreach/count.ts',
    'utils/outreach/truncate.ts',
    'utils/reminders/due.ts',
    'utils/reminders/follow-up-date.ts',
    'utils/titles/**/*.ts',
    '!utils/titles/index.ts',
    'utils/journey/**/*.ts',
    'utils/data/merge-rules.ts',
    'utils/sites/canonical.ts',
  ],
  coverageAnalysis: 'perTest',
  // Mutants in module-level tables (title words, role skills) run at import, so each would need the whole
  // suite: left out (reported as ignored); the functions that read the tables are mutated and tested.
  ignoreStatic: true,
  // Two cores shared with other work: one worker (`--concurrency 2` on an idle machine).
  concurrency: 1,
  timeoutMS: 20_000,
  // Re-runs only mutants whose code or covering tests changed since the last run (file under reports/).
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
