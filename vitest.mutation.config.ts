import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// Only the tests of the pure core: every mutant runs them, so the browser-facing suites stay out.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['tests/{sites,schemas,skills,matching,outreach}/**/*.test.ts', 'tests/reminders/{due,follow-up-date}.test.ts'],
  },
});
