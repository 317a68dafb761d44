import { describe, expect, it } from 'vitest';
import { getCatalogue } from '../../utils/skills/catalogue';
import { createSkillIndex, findSkillsInText } from '../../utils/skills/search';

const index = createSkillIndex(getCatalogue(), [{ id: 'custom:blockchain-governance', label: 'Blockchain Governance' }]);
const find = (text: string) => findSkillsInText(index, text);

describe('findSkillsInText', () => {
  it('finds the skills in the guest profile headline', () => {
    const found = find('Social Media & Content Marketing @ Fizzbloom | TikTok marketing · Generative AI for content · Figma');
    expect(found).toEqual(
      expect.arrayContaining([
        'social-media-marketing',
        'content-marketing',
        'tiktok-marketing',
        'generative-ai-content',
        'generative-ai',
        'figma',
      ]),
    );
  });

  it('finds the skills in the guest profile About text', () => {
    const found = find('Skills: TikTok marketing · Generative AI (ChatGPT, Midjourney) · Figma · Canva · CapCut · Meta Ads');
    expect(found).toEqual(
      expect.arrayContaining(['tiktok-marketing', 'generative-ai', 'chatgpt', 'midjourney', 'figma', 'canva', 'capcut', 'meta-ads']),
    );
  });

  it('finds German skills, including compound and ae spellings', () => {
    const found = find(
      'Leiter Strategischer Einkauf | Verhandlungsführung, Lieferantenmanagement, SAP MM. ' +
        'Erfahrung in Mitarbeiterfuehrung und Change-Management sowie KI.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'strategic-purchasing',
        'negotiation',
        'supplier-management',
        'sap-mm',
        'people-management',
        'change-management',
        'artificial-intelligence',
      ]),
    );
  });

  it('lists each skill once, in order of first mention', () => {
    expect(find('Figma, then Canva, then Figma again and CANVA')).toEqual(['figma', 'canva']);
  });

  it.each([
    ['She said it would rain.', 'artificial-intelligence'],
    ['we use ai every day', 'artificial-intelligence'],
    ['Plan A. I think so.', 'artificial-intelligence'],
    ['Thailand and Dubai', 'artificial-intelligence'],
    ['I excel at negotiation', 'excel'],
    ['We react quickly', 'react'],
    ['Go to the market and go home', 'go'],
    ['Plan C or R or X', 'c-programming'],
    ['Plan C or R or X', 'r-programming'],
    ['Plan C or R or X', 'x-twitter'],
    ['a 27 Zoll monitor', 'customs-foreign-trade'],
    ['Blockchain Governance', 'custom:blockchain-governance'],
    ['pr-ready slides', 'public-relations'],
  ])('does not read %j as %s', (text, id) => {
    expect(find(text)).not.toContain(id);
  });

  it.each([
    ['Javascript and TypeScript', 'javascript'],
    ['JS developer', 'javascript'],
    ['Head of AI', 'artificial-intelligence'],
    ['KI-Strategie', 'artificial-intelligence'],
    ['Skills: Excel, SQL', 'excel'],
    ['EXCEL power user', 'excel'],
    ['Golang and Rust', 'go'],
    ['Go-to-market lead', 'go-to-market'],
    ['PR & Kommunikation', 'public-relations'],
    ['C++ and C# veteran', 'cpp'],
    ['C++ and C# veteran', 'csharp'],
    ['Kubernetes (k8s)', 'kubernetes'],
    ['Experte für Künstliche Intelligenz', 'artificial-intelligence'],
    ['E-Mail-Marketing', 'email-marketing'],
  ])('reads %j as %s', (text, id) => {
    expect(find(text)).toContain(id);
  });

  it('returns nothing for empty text', () => {
    expect(find('')).toEqual([]);
  });
});
