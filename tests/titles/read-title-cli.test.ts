/** scripts/read-title.ts: JSON with stage and English skill names; usage error without a title. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = (...args: string[]) => {
  const r = spawnSync(`${ROOT}node_modules/.bin/tsx`, ['scripts/read-title.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('read-title CLI', () => {
  it('prints stage, skills and the estimate basis as JSON', () => {
    const r = run('Content Creator | TikTok & Instagram');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.stage).toBe('mid');
    expect(out.skills).toContain('TikTok Marketing');
    expect(out.careerStartEstimate).toMatchObject({ source: 'title', word: 'Creator' });
  }, 60_000);

  it('exits 2 with usage when no title is given', () => {
    const r = run();
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/usage: npm run read-title/);
  }, 60_000);
});
