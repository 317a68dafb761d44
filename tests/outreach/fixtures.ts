import type { DraftPerson } from '../../utils/outreach/generate';

export const LONG_NAME = 'Maximiliane-Friederike Alexandra Konstantinopoulou-Wittgenstein von Hohenbergs'; // 80
export const LONG_SKILLS = Array.from({ length: 15 }, (_, i) => `Interdisciplinary capability number ${String(i).padStart(3, '0')}`); // 40 each

export const PEOPLE: Record<string, DraftPerson> = {
  standard: { fullName: 'Mila Schmidt', firstName: 'Mila', role: 'Head of Marketing', company: 'Acme GmbH', headline: null },
  minimal: { fullName: 'Kai', firstName: null, role: null, company: null, headline: null },
  long: {
    fullName: LONG_NAME,
    firstName: LONG_NAME,
    role: 'Senior Vice President Global Digital Transformation, Innovation & Strategy',
    company: 'Internationale Gesellschaft für Zusammenarbeit und Entwicklung GmbH & Co. KG',
    headline: null,
  },
  emoji: { fullName: '🦄 Lena Weiß 🚀', firstName: null, role: 'Growth Lead 🚀', company: 'Rocket 👩‍👩‍👧 Labs', headline: null },
  rtl: { fullName: 'محمد الأحمد', firstName: 'محمد', role: 'مهندس برمجيات', company: 'شركة التقنية', headline: null },
  headlineOnly: { fullName: 'Dr. Jana Roth', firstName: null, role: null, company: null, headline: 'CTO @ Foo | Speaker | Angel Investor' },
};

export const SKILL_SETS: Record<string, { en: { they: string[]; mine: string[] }; de: { they: string[]; mine: string[] } }> = {
  typical: {
    en: { they: ['strategy', 'negotiation'], mine: ['Generative AI', 'TikTok marketing'] },
    de: { they: ['Strategie', 'Verhandlungsführung'], mine: ['Generative KI', 'TikTok-Marketing'] },
  },
  many: { en: { they: LONG_SKILLS, mine: LONG_SKILLS }, de: { they: LONG_SKILLS, mine: LONG_SKILLS } },
  empty: { en: { they: [], mine: [] }, de: { they: [], mine: [] } },
  theyOnly: { en: { they: ['strategy'], mine: [] }, de: { they: ['Strategie'], mine: [] } },
  mineOnly: { en: { they: [], mine: ['Generative AI'] }, de: { they: [], mine: ['Generative KI'] } },
};

export const MY_NAMES = ['Alex Berger', ''];

/** Forms of address, matched as whole words (letters on either side do not count, umlauts included). */
export const SIE_FORMS = /(?<!\p{L})(Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)(?!\p{L})/u;
export const DU_FORMS = /(?<!\p{L})(du|dich|dir|dein|deine|deinen|deinem|deiner|deines|euch|euer)(?!\p{L})/iu;
/** Du drafts capitalise Du/Dir/Dich/Dein (letter style) – consistently. */
export const LOWERCASE_DU_FORMS = /(?<!\p{L})(du|dich|dir|dein|deine|deinen|deinem|deiner|deines)(?!\p{L})/u;
export const LOWERCASE_SIE_FORMS = /(?<!\p{L})(ihnen)(?!\p{L})/u;
export const GENDERED_EN = /\b(he|she|him|his|hers|himself|herself|Mr|Mrs|Ms|Sir|Madam)\b/i;
export const GENDERED_DE = /(?<!\p{L})(Herr|Frau|geehrte|geehrter)(?!\p{L})/u;
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
