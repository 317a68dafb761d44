import { readFileSync } from 'node:fs';
import { MentorRadarDb } from '../../utils/db/database';
import type { Contact, CustomSkill, TimelineEntry } from '../../utils/schemas/contact';
import type { OutreachTemplate } from '../../utils/schemas/template';
import type { Canonicalise } from '../../utils/data/connections-csv';

/** Stand-in for utils/sites/canonical.ts: LinkedIn `/in/<slug>` on any subdomain, slug decoded and lower-cased. */
export const fakeCanonicalise: Canonicalise = (url) => {
  const match = /^https?:\/\/(?:[a-z]{2,3}\.)?linkedin\.com\/in\/([^/?#]+)/i.exec(url.trim());
  if (!match) return null;
  const slug = decodeURIComponent(match[1]!).toLowerCase();
  return { key: `linkedin:${slug}`, url: `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`, platform: 'linkedin' };
};

export function readFixture(name: string): string {
  return readFileSync(new URL(`../fixtures-data/${name}`, import.meta.url), 'utf8');
}

const opened: MentorRadarDb[] = [];

/** A database of its own for one test; delete with deleteTestDbs() in afterEach. */
export async function freshDb(): Promise<MentorRadarDb> {
  const db = new MentorRadarDb(`test-${crypto.randomUUID()}`);
  await db.open();
  opened.push(db);
  return db;
}

export async function deleteTestDbs(): Promise<void> {
  while (opened.length > 0) await opened.pop()!.delete();
}

/** Every row of every table, for "the database is exactly as before" checks. */
export async function snapshot(db: MentorRadarDb) {
  return {
    contacts: await db.contacts.toArray(),
    timeline: await db.timeline.toArray(),
    customSkills: await db.customSkills.toArray(),
    templates: await db.templates.toArray(),
    settings: await db.settings.toArray(),
  };
}

export const T0 = Date.UTC(2025, 0, 15, 9, 30);

export function contact(overrides: Partial<Contact> & { key: string }): Contact {
  const slug = overrides.key.replace(/^linkedin:/, '');
  return {
    platform: 'linkedin',
    url: `https://www.linkedin.com/in/${slug}/`,
    name: 'Test Person',
    headline: null,
    location: null,
    currentRole: null,
    currentCompany: null,
    careerStartYear: null,
    profile: null,
    teachSkills: [],
    learnSkills: [],
    status: 'idea',
    direction: null,
    followUpAt: null,
    goals: [],
    cadenceWeeks: 0,
    statusChangedAt: T0,
    createdAt: T0,
    updatedAt: T0,
    source: 'sidebar',
    connectedOn: null,
    ...overrides,
  };
}

export function note(id: string, contactKey: string, text: string, at = T0): TimelineEntry {
  return { id, contactKey, kind: 'note', text, event: null, createdAt: at, updatedAt: at };
}

export function template(id: string, at = T0): OutreachTemplate {
  return {
    id,
    name: `Template ${id}`,
    language: 'de',
    address: 'du',
    tone: 'warm',
    format: 'connection-note',
    body: 'Hallo {firstName}, ich lerne gern von dir.',
    createdAt: at,
    updatedAt: at,
  };
}

export function customSkill(id: string, label: string): CustomSkill {
  return { id: `custom:${id}`, label, createdAt: T0 };
}

/** A database with something in every table, including a contact with a full profile snapshot. */
export async function seed(db: MentorRadarDb): Promise<void> {
  await db.contacts.bulkAdd([
    contact({
      key: 'linkedin:eleanor-whitcombe-3a91b4',
      name: 'Eleanor Whitcombe',
      headline: 'Data & ML lead',
      currentRole: null,
      currentCompany: null,
      teachSkills: ['sql', 'custom:stakeholder-judo'],
      learnSkills: ['tiktok'],
      status: 'conversation',
      followUpAt: T0 + 7 * 86_400_000,
      profile: {
        platform: 'linkedin',
        key: 'linkedin:eleanor-whitcombe-3a91b4',
        url: 'https://www.linkedin.com/in/eleanor-whitcombe-3a91b4/',
        name: 'Eleanor Whitcombe',
        headline: 'Data & ML lead',
        location: 'Bristol',
        currentRole: null,
        currentCompany: null,
        about: 'Line one\nLine two',
        skills: ['SQL'],
        experience: [
          { title: 'Analyst', company: 'Fernhill', start: '2009-04', end: null, current: true, dateText: 'Apr 2009 – Present' },
        ],
        education: [{ school: 'Uni', degree: null, startYear: 2005, endYear: 2008 }],
        earliestExperienceYear: 2009,
        earliestEducationYear: 2005,
        careerStart: { year: 2009, source: 'experience' },
      },
    }),
    contact({ key: 'linkedin:jonas-brandtner', name: 'Jonas B.', currentCompany: 'Kept GmbH', status: 'mentoring' }),
  ]);
  await db.timeline.bulkAdd([
    note('n1', 'linkedin:eleanor-whitcombe-3a91b4', 'Met at meetup.\nLikes SQL.'),
    note('n2', 'linkedin:jonas-brandtner', 'Asked about TikTok'),
  ]);
  await db.customSkills.add(customSkill('stakeholder-judo', 'Stakeholder-Judo'));
  await db.templates.add(template('t1'));
  await db.settings.bulkAdd([
    {
      key: 'myProfile',
      value: {
        name: 'Me',
        teachSkills: ['sql'],
        learnSkills: ['tiktok'],
        careerStartYear: 1998,
        outreachLanguage: 'de',
        germanAddress: 'du',
        linkedinPremium: false,
      },
    },
    { key: 'preferences', value: { uiLanguage: 'de', lastBackupAt: null, onboardingDone: true } },
  ]);
}
