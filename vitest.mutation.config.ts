import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// A zone with daylight-saving changes for the whole run: Stryker runs tests in worker threads, where a test
// cannot switch the zone itself (tests/journey/cadence.test.ts), so the cadence's DST checks run in this one.
process.env.TZ = 'Europe/Berlin';

// Only the tests of the pure core: every mutant runs the tests that cover it, so the browser-facing suites stay out.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [
      'tests/{sites,schemas,skills,matching,outreach,titles,journey}/**/*.test.ts',
      'tests/reminders/{due,follow-up-date}.test.ts',
      'tests/data/{merge-rules,restore-hardening}.test.ts',
    ],
  },
});
