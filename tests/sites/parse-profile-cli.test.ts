/** scripts/parse-profile.ts: JSON on success, clear messages and exit code 2 for user errors, no stack traces. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ProfileSchema } from '../../utils/schemas/profile';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = (...args: string[]) => {
  const r = spawnSync(`${ROOT}node_modules/.bin/tsx`, ['scripts/parse-profile.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('parse-profile CLI', () => {
  it('prints the parsed profile as JSON', () => {
    const r = run('--url', 'https://www.xing.com/profile/Katrin_Hollweg', 'e2e/fixtures/xing-profile-de.html');
    expect(r.code).toBe(0);
    const p = JSON.parse(r.out);
    expect(ProfileSchema.parse(p).name).toBe('Katrin Hollweg');
    expect(Object.keys(p)).toEqual(expect.arrayContaining([
      'platform', 'key', 'name', 'headline', 'location', 'currentRole', 'currentCompany', 'about', 'skills',
      'experience', 'education', 'earliestExperienceYear', 'earliestEducationYear', 'careerStart',
    ]));
    expect(p.careerStart).toEqual({ year: 2002, source: 'experience' });
  }, 60_000);

  it.each([
    [['--url', 'https://www.linkedin.com/in/jonas-feldmann/', 'e2e/fixtures/does-not-exist.html'], /cannot read .*does-not-exist\.html: no such file/],
    [['--url', 'https://www.linkedin.com/feed/', 'e2e/fixtures/linkedin-minimal.html'], /not a LinkedIn or XING profile URL: https:\/\/www\.linkedin\.com\/feed\//],
    [['e2e/fixtures/linkedin-minimal.html'], /missing --url/],
    [['--url', 'https://www.linkedin.com/in/jonas-feldmann/'], /missing HTML file/],
    [['--url'], /--url needs a value/],
  ])('%j → exit 2 with a clear message', (args, message) => {
    const r = run(...args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(r.err).toMatch(/usage: npm run parse-profile/);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  }, 60_000);
});
