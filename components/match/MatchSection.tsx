import type { Contact } from '../../utils/schemas/contact';
import type { Profile } from '../../utils/schemas/profile';

/** Mentoring-potential card and outreach drafts for the person on screen (issue 5). */
export function MatchSection(_props: { profile: Profile; contact: Contact | null }) {
  return null;
}
