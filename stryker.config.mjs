// Mutation testing of the pure core (`npm run test:mutation`, not part of `npm test`: it takes long).
// A subset: `npm run test:mutation -- --mutate "utils/matching/**/*.ts"`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'utils/sites/**/*.ts',
    'utils/schemas/**/*.ts',
    'utils/skills/**/*.ts',
    'utils/matching/**/*.ts',
    'utils/outreach/**/*.ts',
    'utils/reminders/due.ts',
    'utils/reminders/plan.ts',
    'utils/reminders/follow-up-date.ts',
  ],
  coverageAnalysis: 'perTest',
  // Two cores, shared: one worker per core.
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
