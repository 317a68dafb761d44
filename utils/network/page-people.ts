import type { ListedPerson } from '../messaging/protocol';
import type { Contact } from '../schemas/contact';
import type { Profile } from '../schemas/profile';
import { thinProfile } from '../sites/build';
import type { SkillIndex } from '../skills/search';
import { buildEntry, type EntryMatch, type MatchContext } from './entry';

/** What a list card says about a person, as a profile: name, headline, location, nothing read from their page. */
export function listedProfile(p: ListedPerson): Profile {
  return thinProfile(p);
}

/** The contact a listed person would become if saved now (nothing tagged). */
export function listedContact(p: ListedPerson, now: number): Contact {
  return {
    key: p.key,
    platform: p.platform,
    url: p.url,
    name: p.name,
    headline: p.headline,
    location: p.location,
    currentRole: null,
    currentCompany: null,
    careerStartYear: null,
    profile: listedProfile(p),
    teachSkills: [],
    learnSkills: [],
    status: 'idea',
    direction: null,
    followUpAt: null,
    statusChangedAt: now,
    createdAt: now,
    updatedAt: now,
    source: 'sidebar',
    connectedOn: null,
    goals: [],
    cadenceWeeks: 0,
  };
}

/**
 * How a person listed on a page pairs with me. The ONE call for listed people: a saved contact is matched exactly
 * as the popup matches it, someone unsaved as the contact the card would make, so whatever the popup's matching
 * learns about thin contacts (title estimates) applies to page lists too and the two never disagree.
 */
export function matchListedPerson(p: ListedPerson, saved: Contact | undefined, index: SkillIndex, ctx: MatchContext): EntryMatch {
  return buildEntry(saved ?? listedContact(p, ctx.now.getTime()), index, ctx).match;
}
