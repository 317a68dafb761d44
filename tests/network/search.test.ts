import { describe, expect, it } from 'vitest';
import { searchableText } from '../../utils/network/entry';
import { compileQuery, matchesQuery, narrows, skillsStartingWith } from '../../utils/network/search';
import { INDEX, entryOf, makeContact } from './helpers';

const ada = entryOf(
  makeContact('ada', { name: 'Ada Lovelace', teachSkills: ['artificial-intelligence'] }, { currentCompany: 'Analytical Engines GmbH', headline: 'Head of Data' }),
);
const jurgen = entryOf(
  makeContact('jurgen', { name: 'Jürgen Müller', currentCompany: 'Bäckerei Süß', learnSkills: ['javascript'] }, { headline: 'Inhaber' }),
);
const marketer = entryOf(makeContact('mia', { name: 'Mia Marketing', teachSkills: ['content-marketing'], learnSkills: ['leadership'] }));

const find = (query: string, entry = ada, notes = '') => matchesQuery(compileQuery(query, INDEX), { ...entry, notes });

describe('matchesQuery', () => {
  it('matches everyone on an empty query', () => {
    expect(find('   ')).toBe(true);
  });

  it('finds words at the start of name, company and headline, in any case', () => {
    expect(find('lovel')).toBe(true);
    expect(find('ANALYTICAL')).toBe(true);
    expect(find('head data')).toBe(true);
    expect(find('velace')).toBe(false); // not the start of a word
  });

  it('needs every word of the query', () => {
    expect(find('ada engines')).toBe(true);
    expect(find('ada bakery')).toBe(false);
  });

  it('ignores accents and also knows the ae/oe/ue spelling of umlauts', () => {
    expect(find('jurgen', jurgen)).toBe(true);
    expect(find('Juergen Mueller', jurgen)).toBe(true);
    expect(find('backerei suss', jurgen)).toBe(true);
    expect(find('Müller', jurgen)).toBe(true);
  });

  it('finds skills by English and German names and aliases', () => {
    expect(find('artificial')).toBe(true);
    expect(find('Künstliche Intelligenz')).toBe(true);
    expect(find('kunstliche')).toBe(true);
    expect(find('KI')).toBe(true);
    expect(find('AI')).toBe(true);
    expect(find('JS', jurgen)).toBe(true);
    expect(find('ecmascript', jurgen)).toBe(true);
    expect(find('Menschenführung', marketer)).toBe(true);
    expect(find('python')).toBe(false);
  });

  it('does not treat a letter pair inside a skill name as that skill ("ki" is not Marketing)', () => {
    expect(find('ki', marketer)).toBe(false);
    expect([...skillsStartingWith(INDEX, 'ki')]).not.toContain('content-marketing');
    expect(skillsStartingWith(INDEX, 'k').size).toBe(0);
  });

  it('searches note text, folded the same way', () => {
    const notes = searchableText(['Met at the Hamburg Digitalgipfel – spricht über Führung']);
    expect(find('digitalgip', ada, notes)).toBe(true);
    expect(find('fuhrung', ada, notes)).toBe(true);
    expect(find('fuehrung', ada, notes)).toBe(true);
    expect(find('munich', ada, notes)).toBe(false);
  });
});

describe('narrows', () => {
  const q = (s: string) => compileQuery(s, INDEX);
  it('is true when the user types on or adds words', () => {
    expect(narrows(q(''), q('a'))).toBe(true);
    expect(narrows(q('py'), q('pyt'))).toBe(true);
    expect(narrows(q('ada'), q('ada love'))).toBe(true);
  });
  it('is false when the query changes or shrinks', () => {
    expect(narrows(q('ada'), q('ad'))).toBe(false);
    expect(narrows(q('ada'), q('bob'))).toBe(false);
    expect(narrows(q('ada love'), q('love'))).toBe(false);
  });
});
