import { getCatalogue } from '../../utils/skills/catalogue';
import { createSkillIndex } from '../../utils/skills/search';
import { makeProfile } from './profiles';
import type { Profile } from '../../utils/schemas/profile';

export const index = createSkillIndex(getCatalogue());

/** As parsed from the guest fixture (linkedin-public-guest.html): no Skills section, skills only named in headline and About. */
export function milaGuest(overrides: Partial<Profile> = {}): Profile {
  return makeProfile({
    key: 'linkedin:mila-kowalczyk-4b21a7231',
    url: 'https://de.linkedin.com/in/mila-kowalczyk-4b21a7231',
    name: 'Mila Kowalczyk',
    headline: 'Social Media & Content Marketing @ Fizzbloom Beverages | TikTok marketing · Generative AI for content · Figma',
    currentRole: 'Social Media Marketing Manager',
    currentCompany: 'Fizzbloom Beverages',
    about:
      "Hi, I'm Mila 👋 I make brands feel native on short-form video. At Fizzbloom I run our TikTok and Instagram Reels channels end to end: trend research, scripting, creator partnerships, paid boosts and reporting. Our TikTok account grew from 4K to 180K followers in twelve months. I use generative AI every day – ChatGPT for first drafts and caption variants, Midjourney for moodboards – and I design our social templates in Figma. Skills: TikTok marketing · Generative AI (ChatGPT, Midjourney) · Figma · Canva · CapCut · Meta Ads · Community management",
    skills: [],
    earliestExperienceYear: 2020,
    earliestEducationYear: 2019,
    careerStart: { year: 2020, source: 'experience' },
    ...overrides,
  });
}
