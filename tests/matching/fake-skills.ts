import type { SkillCategory, SkillInfo } from '../../utils/matching/types';

/** A small stand-in for the skill catalogue: id → category and labels. */
export const SKILL_TABLE: Record<string, { category: SkillCategory | null; en: string; de: string }> = {
  genai: { category: 'digital', en: 'Generative AI', de: 'Generative KI' },
  python: { category: 'digital', en: 'Python', de: 'Python' },
  excel: { category: 'digital', en: 'Excel', de: 'Excel' },
  figma: { category: 'digital', en: 'Figma', de: 'Figma' },
  tiktok: { category: 'trends', en: 'TikTok marketing', de: 'TikTok-Marketing' },
  creator: { category: 'trends', en: 'creator economy', de: 'Creator Economy' },
  strategy: { category: 'strategy', en: 'strategy', de: 'Strategie' },
  finance: { category: 'strategy', en: 'corporate finance', de: 'Unternehmensfinanzierung' },
  negotiation: { category: 'eq', en: 'negotiation', de: 'Verhandlungsführung' },
  leadership: { category: 'eq', en: 'leadership', de: 'Führung' },
  automotive: { category: 'industry', en: 'automotive industry', de: 'Automobilbranche' },
  'custom:pottery': { category: null, en: 'pottery', de: 'Töpfern' },
};

export const fakeSkills: SkillInfo = {
  category: (id) => SKILL_TABLE[id]?.category ?? null,
  label: (id, lang) => SKILL_TABLE[id]?.[lang] ?? id,
};

export const NOW = new Date('2025-06-01T12:00:00Z');
