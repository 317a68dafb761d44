import { describe, expect, it } from 'vitest';
import { capProfile } from '../../utils/sites/cap';
import { ProfileSchema } from '../../utils/schemas/profile';
import { LIMITS } from '../../utils/schemas/limits';
import { makeProfile } from '../support/profiles';

describe('capProfile: every parsed profile is cut to the stored limits', () => {
  it('a 12 MB About section and thousands of skills become a valid, small profile', () => {
    const huge = {
      ...makeProfile(),
      about: 'A'.repeat(12 * 1024 * 1024),
      headline: 'H'.repeat(50_000),
      skills: Array.from({ length: 5000 }, (_, i) => `Skill ${i}`),
      experience: Array.from({ length: 400 }, () => ({ title: 'T'.repeat(5000), company: null, start: null, end: null, current: false, dateText: 'D'.repeat(900) })),
    };
    expect(ProfileSchema.safeParse(huge).success).toBe(false);
    const capped = capProfile(huge);
    expect(ProfileSchema.safeParse(capped).success).toBe(true);
    expect(capped.about).toHaveLength(LIMITS.about);
    expect(capped.skills).toHaveLength(LIMITS.skills);
    expect(JSON.stringify(capped).length).toBeLessThan(2_000_000);
  });

  it('leaves an ordinary profile exactly as it is', () => {
    const profile = makeProfile({ about: 'Short about' });
    expect(capProfile(profile)).toEqual(profile);
  });
});
