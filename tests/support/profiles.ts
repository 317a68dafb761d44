import { ProfileSchema, type Profile } from '../../utils/schemas/profile';

/** A valid invented profile; override what a test is about. */
export function makeProfile(overrides: Partial<Profile> = {}): Profile {
  return ProfileSchema.parse({
    platform: 'linkedin',
    key: 'linkedin:ada-example',
    url: 'https://www.linkedin.com/in/ada-example/',
    name: 'Ada Example',
    headline: 'Head of Data at Example GmbH',
    location: 'Köln, Deutschland',
    currentRole: 'Head of Data',
    currentCompany: 'Example GmbH',
    about: null,
    skills: ['Data Science', 'Leadership'],
    experience: [],
    education: [],
    earliestExperienceYear: 2001,
    earliestEducationYear: 1996,
    careerStart: { year: 2001, source: 'experience' },
    ...overrides,
  });
}
