import type { MentorRadarDb } from '../db/database';
import type { ContentReport, ProfileDetails, TabProfileState } from '../messaging/protocol';
import type { Profile } from '../schemas/profile';
import { thinProfile } from '../sites/build';
import { mergeDetails } from '../sites/details';
import { nameFromSlug } from '../sites/text';
import { refreshSavedProfile } from './contacts-service';
import { getDetails, getTabState, rememberDetails } from './tab-state';

/** A profile with nothing but a name: the base for a details page opened before (or without) the profile page. */
function bare(d: ProfileDetails): Profile {
  const name = d.name ?? (nameFromSlug(d.url.split('/').filter(Boolean).pop() ?? '') || 'LinkedIn member');
  return thinProfile({ ...d, name });
}

const mergeAll = (profile: Profile, lists: readonly ProfileDetails[]): Profile => lists.reduce(mergeDetails, profile);

/**
 * Turns what a tab's content script reported into the tab's state. A full list (details page) is merged into the
 * person's profile — the tab's, else the saved contact's — and into the saved contact, so career start and skills
 * come from the whole list; a later profile parse of the same person gets the lists merged in again.
 * `changed` names the contact whose stored profile was refreshed.
 */
export async function resolveReport(
  db: MentorRadarDb,
  tabId: number,
  report: ContentReport,
  now: number,
): Promise<{ state: TabProfileState; changed: string | null }> {
  if (report.status === 'ready') {
    const lists = await getDetails(report.profile.key);
    return { state: lists.length ? { ...report, profile: mergeAll(report.profile, lists) } : report, changed: null };
  }
  if (report.status !== 'details') return { state: report, changed: null };

  const d = report.details;
  const lists = await rememberDetails(d);
  const prev = await getTabState(tabId);
  const contact = await db.contacts.get(d.key);
  // An imported contact has no profile yet: its stored name and headline beat the page's title or the URL slug.
  const fromContact = contact && { ...bare(d), name: contact.name, headline: contact.headline, location: contact.location };
  const base = prev.status === 'ready' && prev.profile.key === d.key ? prev.profile : (contact?.profile ?? fromContact ?? bare(d));
  const profile = mergeAll(base, lists);
  const saved = contact ? await refreshSavedProfile(db, profile, now) : null;
  return {
    state: { status: 'ready', url: report.url, profile, details: d.section, ...(report.people ? { people: report.people } : {}) },
    changed: saved?.key ?? null,
  };
}
