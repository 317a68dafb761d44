/** Sign-in / sign-up walls (e2e/fixtures/expected-walls/*.json): no person, no name, and whose page it stands for. */
import { describe, expect, it } from 'vitest';
import { canonicalProfile, isWallUrl, parseProfile, readName, readWall, wallTarget } from '../../utils/sites';
import { docFrom, expectedFiles, fixtureHtml, loadExpected } from './helpers';

interface WallExpected {
  fixture: string;
  url: string;
  wall: 'join' | 'signin';
  key: string;
}

const files = expectedFiles('expected-walls');

it('has walls in English and German', () => {
  expect(files.length).toBeGreaterThanOrEqual(3);
});

describe.each(files)('%s', (file) => {
  const exp = loadExpected<WallExpected>(file, 'expected-walls');
  const doc = docFrom(fixtureHtml(exp.fixture));

  it('is read as a wall of the right kind, never as a person', () => {
    expect(readWall(doc)).toBe(exp.wall);
    expect(readName(doc, exp.url)).toBeNull();
    expect(parseProfile(doc, exp.url)).toBeNull();
  });

  it('still says whose profile it stands in front of', () => {
    expect((canonicalProfile(exp.url) ?? wallTarget(exp.url))?.key).toBe(exp.key);
  });
});

describe('not walls', () => {
  it.each(expectedFiles().map((f) => loadExpected(f)))('$fixture is a person', (exp) => {
    expect(readWall(docFrom(fixtureHtml(exp.fixture)))).toBeNull();
  });

  it('a sign-in overlay over a profile does not make it a wall, nor its heading a name', () => {
    const doc = docFrom(fixtureHtml('linkedin-guest-no-headline.html'));
    expect(readWall(doc)).toBeNull();
    expect(readName(doc, 'https://www.linkedin.com/in/pia-hallstrom-2b7d9/')).toBe('Pia Hallström');
  });

  it('a page whose only heading is "Join LinkedIn" gives no name, even without a form', () => {
    const doc = docFrom('<title>LinkedIn</title><main><h1>Join LinkedIn</h1></main>');
    expect(readName(doc, 'https://www.linkedin.com/in/someone/')).toBeNull();
  });
});

describe('wall URLs', () => {
  it.each([
    ['https://www.linkedin.com/authwall?trk=x&sessionRedirect=https%3A%2F%2Fwww.linkedin.com%2Fin%2Fa-b%2F', true],
    ['https://www.linkedin.com/signup/cold-join?session_redirect=https%3A%2F%2Fwww.linkedin.com%2Fin%2Fa-b', true],
    ['https://de.linkedin.com/login', true],
    ['https://www.linkedin.com/checkpoint/lg/login-submit', true],
    ['https://www.linkedin.com/in/a-b/', false],
    ['https://www.linkedin.com/feed/', false],
    ['https://evil.example/authwall', false],
  ])('%s → %s', (url, wall) => {
    expect(isWallUrl(url)).toBe(wall);
  });

  it('reads the profile behind the wall from its redirect parameter', () => {
    expect(wallTarget('https://www.linkedin.com/signup/cold-join?session_redirect=https%3A%2F%2Fwww.linkedin.com%2Fin%2Fa-b')?.key).toBe('linkedin:a-b');
    expect(wallTarget('https://www.linkedin.com/authwall')).toBeNull();
  });
});
