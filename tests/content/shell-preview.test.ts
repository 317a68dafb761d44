import { describe, expect, it } from 'vitest';
import { shellPreview } from '../../utils/content/shell-preview';
import { parseProfile, readName } from '../../utils/sites';
import { readShownName } from '../../utils/sites/shown-name';
import { docFrom, expectedFiles, fixtureHtml, loadExpected } from '../sites/helpers';

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

  // The shell reads only the top of the page (the content script has no full reader); what it shows must be what
  // the full parse gives the frame a moment later, on every fixture of both sites.
  it.each(expectedFiles())('agrees with the full parse on %s', (file) => {
    const expected = loadExpected(file);
    const doc = docFrom(fixtureHtml(expected.fixture));
    const profile = parseProfile(doc, expected.url)!;
    const preview = shellPreview(doc, expected.url);
    // The content script's own name reading (at a URL change, before the page reader is there) is the adapters'.
    expect(readShownName(doc, expected.url)).toBe(readName(doc, expected.url));
    if (readName(doc, expected.url) === null) return expect(preview).toBeNull();
    expect(preview).toEqual({ key: profile.key, name: profile.name, headline: profile.headline ?? '' });
  });

  // findName already skips such headings; the page's JSON-LD is the way one still reaches the top card's name.
  it('no shell for a name that is an overlay\'s text, not a person\'s', () => {
    const page = (name: string) =>
      docFrom(`<html><head><title>LinkedIn</title><script type="application/ld+json">{"@type":"Person","name":"${name}"}</script></head><body><main><section data-member-id="1"><div data-generated-suggestion-target="x">Growth Lead</div></section></main></body></html>`);
    expect(shellPreview(page('Sign in to view Jonas’ profile'), 'https://www.linkedin.com/in/jonas-feldmann/')).toBeNull();
    expect(shellPreview(page('Jonas Feldmann'), 'https://www.linkedin.com/in/jonas-feldmann/')).toMatchObject({ name: 'Jonas Feldmann', headline: 'Growth Lead' });
  });

  it('a XING profile: the hero name and the occupation line', () => {
    const expected = loadExpected('xing-profile-de.json');
    const preview = shellPreview(docFrom(fixtureHtml(expected.fixture)), expected.url);
    expect(preview).toEqual({ key: expected.key ?? expect.any(String), name: expected.name, headline: expected.headline });
  });

  it('cuts a runaway headline like the parsed profile does', () => {
    const long = 'Growth '.repeat(400);
    const doc = docFrom(`<html><body><main><section data-member-id="1"><h1>Jonas Feldmann</h1><div data-generated-suggestion-target="x">${long}</div></section></main></body></html>`);
    const preview = shellPreview(doc, 'https://www.linkedin.com/in/jonas-feldmann/')!;
    expect(preview.headline.length).toBeLessThanOrEqual(1000);
    expect(preview.headline).toBe(parseProfile(doc, 'https://www.linkedin.com/in/jonas-feldmann/')!.headline);
  });
});
