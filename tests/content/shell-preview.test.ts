import { describe, expect, it } from 'vitest';
import { shellPreview } from '../../utils/content/shell-preview';
import { docFrom, fixtureHtml, loadExpected } from '../sites/helpers';

describe('shellPreview: what the shell may show at DOMContentLoaded', () => {
  it('the name and headline a profile page shows, under its key', () => {
    const expected = loadExpected('linkedin-logged-in-en.json');
    const preview = shellPreview(docFrom(fixtureHtml(expected.fixture)), expected.url);
    expect(preview).toEqual({ key: expected.key, name: expected.name, headline: expected.headline });
  });

  it('nothing while the page has not rendered the person, on walls and on pages that are no profile', () => {
    const empty = docFrom('<html><head><title>LinkedIn</title></head><body><main></main></body></html>');
    expect(shellPreview(empty, 'https://www.linkedin.com/in/jonas-feldmann/')).toBeNull();
    const wall = docFrom('<html><body><main><h1>Sign in</h1><form><input type="password"></form></main></body></html>');
    expect(shellPreview(wall, 'https://www.linkedin.com/in/jonas-feldmann/')).toBeNull();
    const expected = loadExpected('linkedin-logged-in-en.json');
    expect(shellPreview(docFrom(fixtureHtml(expected.fixture)), 'https://www.linkedin.com/feed/')).toBeNull();
  });
});
