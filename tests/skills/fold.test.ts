import { describe, expect, it } from 'vitest';
import { foldText } from '../../utils/skills/search';

describe('foldText', () => {
  it.each([
    ['Führung', 'fuhrung'],
    ['FÜHRUNG', 'fuhrung'],
    ['Fu\u0308hrung', 'fuhrung'], // decomposed umlaut, as some pages deliver it
    ['Résumé', 'resume'],
    ['Straße', 'strasse'],
    ['  Change-Management  ', 'change management'],
    ['Social Media / Content', 'social media content'],
    ['C++', 'cplusplus'],
    ['C#', 'csharp'],
    ['C', 'c'],
    ['.NET', 'dotnet'],
    ['ASP.NET', 'asp net'],
    ['Node.js', 'node js'],
    ['M&A', 'm and a'],
    ['Industrie 4.0', 'industrie 4 0'],
    ['#TikTok', 'tiktok'],
    ['DALL·E', 'dall e'],
    ['', ''],
    [' · — ', ''],
  ])('%j → %j', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it('keeps the ae spelling as written: the index holds both spellings of umlaut terms instead', () => {
    expect(foldText('Fuehrung')).toBe('fuehrung');
  });
});
