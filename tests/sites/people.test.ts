/** People listed on a page (e2e/fixtures/expected-lists/*.json): search, My Network, company people, asides, XING. */
import { describe, expect, it } from 'vitest';
import { detectPeopleList, readPeople, type ListedPerson } from '../../utils/sites';
import { docFrom, expectedFiles, fixtureHtml, loadExpected } from './helpers';

interface ListExpected {
  fixture: string;
  url: string;
  people: Omit<ListedPerson, 'platform' | 'url'>[];
  mustNotContain: string[];
}

const files = expectedFiles('expected-lists');

describe.each(files)('%s', (file) => {
  const exp = loadExpected<ListExpected>(file, 'expected-lists');
  const people = readPeople(docFrom(fixtureHtml(exp.fixture)), exp.url);

  it('lists exactly the people on the page, in page order', () => {
    expect(people.map((p) => p.key)).toEqual(exp.people.map((p) => p.key));
  });

  it('with name, headline and location', () => {
    expect(people.map(({ key, name, headline, location }) => ({ key, name, headline, location }))).toEqual(exp.people);
  });

  it('with canonical profile URLs and nothing from the noise', () => {
    for (const p of people) expect(p.url).toMatch(/^https:\/\/www\.(linkedin|xing)\.com\/(in|profile)\/[^?#]+$/);
    const all = JSON.stringify(people);
    for (const s of exp.mustNotContain) expect(all).not.toContain(s);
  });
});

describe('list pages', () => {
  it.each([
    ['https://www.linkedin.com/search/results/people/?keywords=x', 'search'],
    ['https://www.linkedin.com/mynetwork/', 'network'],
    ['https://www.linkedin.com/mynetwork/grow/', 'network'],
    ['https://www.linkedin.com/company/kestrel-freight/people/?keywords=data', 'company'],
    ['https://www.xing.com/search/members?keywords=x', 'xing-search'],
  ])('%s is a %s list', (url, kind) => {
    expect(detectPeopleList(url)?.kind).toBe(kind);
  });

  it.each(['https://www.linkedin.com/feed/', 'https://www.linkedin.com/company/kestrel-freight/', 'https://www.linkedin.com/in/a-b/'])(
    '%s is no list',
    (url) => expect(detectPeopleList(url)).toBeNull(),
  );

  it('reads nothing on other pages, and never throws on junk', () => {
    expect(readPeople(docFrom(fixtureHtml('linkedin-search-people.html')), 'https://www.linkedin.com/feed/')).toEqual([]);
    expect(readPeople(docFrom('<main><a href="/in/">x</a><a href="javascript:1">y</a><li><a href="/in/a-b/"></a></li></main>'), 'https://www.linkedin.com/search/results/people/')).toEqual([]);
  });
});
