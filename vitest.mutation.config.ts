import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// A zone with daylight-saving changes for the whole run: Stryker runs tests in worker threads, where a test
// cannot switch the zone itself (tests/journey/cadence.test.ts), so the cadence's DST checks run in this one.
process.env.TZ = 'Europe/Berlin';

// The unit tests of the mutated files (stryker.config.mjs): every mutant runs the tests that cover it, so the
// browser-facing suites and the slow whole-page property tests stay out.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [
      'tests/{matching,outreach,journey}/**/*.test.ts',
      'tests/sites/{canonical,plain-url}.test.ts',
      'tests/reminders/{due,follow-up-date}.test.ts',
      'tests/data/{merge-rules,restore-hardening,journey-data}.test.ts',
    ],
    // The 4,860-draft sweep takes seconds and would run for every mutant of the counter; the counter's own
    // tests (count-truncate, generate, drafts-matrix) judge it here.
    exclude: ['tests/outreach/builtin-templates.test.ts'],
  },
});
