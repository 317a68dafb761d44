import type { Contact } from '../../utils/schemas/contact';
import type { Profile } from '../../utils/schemas/profile';

/** Tags, relationship and notes for the person on screen (issue 4). */
export function ContactPanel(_props: { profile: Profile; contact: Contact | null }) {
  return null;
}
