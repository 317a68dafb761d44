// A synthetic mentoring network of invented people for the popup benchmark and `node e2e/seed.mjs`:
// valid Contact and TimelineEntry records (utils/schemas/contact.ts), deterministic for a given seed.
import { readFileSync } from 'node:fs';
import { importForNode } from './bundle.mjs';

const catalogue = JSON.parse(readFileSync(new URL('../../utils/skills/catalogue.json', import.meta.url), 'utf8'));

const FIRST = ['Anna', 'Jürgen', 'Mila', 'Eleanor', 'Katrin', 'Lukas', 'Sophie', 'Mehmet', 'Zoë', 'Tobias', 'Hanna', 'Björn',
  'Leonie', 'Matteo', 'Ines', 'Oskar', 'Fatma', 'Jonas', 'Greta', 'Paul', 'Amélie', 'Nils', 'Yara', 'Felix', 'Clara',
  'Emil', 'Ida', 'Noah', 'Lina', 'Maximilian', 'Sara', 'Till', 'Frieda', 'Hugo', 'Marlene', 'Ole', 'Rosa', 'Aaron', 'Elif', 'Vincent'];
const LAST = ['Müller', 'Whitcombe', 'Kowalczyk', 'Hollweg', 'Schröder', 'Becker', 'Yılmaz', 'Hoffmann', 'Nguyen', 'Krüger',
  'Brandt', 'Okafor', 'Lindqvist', 'Wagner', 'Fischer', 'Novak', 'Weiß', 'Richter', 'Costa', 'Schäfer', 'Jansen', 'Kaya',
  'Lorenz', 'Petrović', 'Berger', 'Dubois', 'Engel', 'Haas', 'Ivanova', 'Keller', 'Lange', 'Moreau', 'Ortiz', 'Pohl',
  'Quast', 'Roth', 'Sommer', 'Thiel', 'Ulrich', 'Vogt'];
const COMPANIES = ['Nordlicht Logistik GmbH', 'Fjord Analytics', 'Bäckerei Sonnenkorn', 'Quantenwerk AG', 'Helix Health',
  'Rheinblick Versicherung', 'Pixelhafen Studio', 'Alpenrad Mobility', 'Kranich Energie', 'Lumen Retail',
  'Tannhof Maschinenbau', 'Seestern Media', 'Brückner & Partner', 'Orbitale Systems', 'Zeitgeist Consulting'];
const ROLES = ['Product Manager', 'Head of Sales', 'Werkstudentin Data Science', 'CFO', 'Software Engineer',
  'Leiterin Einkauf', 'Social Media Manager', 'Geschäftsführer', 'UX Designer', 'HR Business Partner',
  'Trainee Marketing', 'Bereichsleiter Produktion', 'Data Analyst', 'Vertriebsleiterin', 'Junior Consultant'];
const CITIES = ['Köln', 'Berlin', 'München', 'Hamburg', 'Leipzig', 'Zürich', 'Wien', 'Frankfurt am Main', 'Düsseldorf', 'Bremen'];
const STATUSES = ['idea', 'idea', 'idea', 'contacted', 'contacted', 'conversation', 'mentoring', 'paused', 'closed'];
const NOTES = [
  'Met at the Hamburg meetup, very open to a reverse-mentoring exchange about $SKILL.',
  'Kaffee vereinbart – möchte mehr über $SKILL lernen und kennt sich mit Führung aus.',
  'Sent a connection note; follow up after the summer holidays.',
  'Spricht auf Konferenzen über $SKILL. Sehr hilfsbereit, hat zwei Kinder und wenig Zeit.',
  'Could introduce me to their team; asked about my experience with $SKILL.',
  'Telefonat: Interesse an einem monatlichen Austausch, Schwerpunkt $SKILL.',
  'Shared an article on $SKILL, we agreed to meet once a month online.',
];

/** Small fast PRNG (mulberry32): the same seed gives the same network. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 24 * 60 * 60 * 1000;
/**
 * The background keeps its last popup answer under this storage.session key (utils/network/snapshot-store.ts)
 * and deletes it on every write through its database. Writing IndexedDB directly, as seeding does, goes
 * around that: the helpers below delete it themselves, or the next popup could show the old network.
 */
const POPUP_SNAPSHOT_KEY = 'popup:snapshot';

/** `count` contacts with 1–3 notes each (plus a "saved" event), dated relative to `now`. */
export function generateNetwork(count = 10_000, { seed = 42, now = Date.now() } = {}) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const pickSome = (list, n) => {
    const out = new Set();
    while (out.size < n) out.add(pick(list));
    return [...out];
  };
  const contacts = [];
  const timeline = [];
  for (let i = 0; i < count; i++) {
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    const slug = `synthetic-${i.toString(36)}-${(Math.floor(rnd() * 1e6)).toString(36)}`;
    const key = `linkedin:${slug}`;
    const url = `https://www.linkedin.com/in/${slug}/`;
    const role = pick(ROLES);
    const company = pick(COMPANIES);
    const careerStartYear = 1980 + Math.floor(rnd() * 45);
    const skills = pickSome(catalogue, 3 + Math.floor(rnd() * 4));
    const createdAt = now - Math.floor(rnd() * 400) * DAY;
    const updatedAt = createdAt + Math.floor(rnd() * (now - createdAt));
    const statusChangedAt = createdAt + Math.floor(rnd() * (updatedAt - createdAt + 1));
    const r = rnd();
    const followUpAt = r < 0.03 ? now - Math.floor(rnd() * 10) * DAY : r < 0.1 ? now + Math.floor(1 + rnd() * 60) * DAY : null;
    const headline = `${role} bei ${company} | ${skills.map((s) => (rnd() < 0.5 ? s.en : s.de)).join(' · ')}`;
    const location = `${pick(CITIES)}, Deutschland`;
    contacts.push({
      key,
      platform: 'linkedin',
      url,
      name,
      headline,
      location,
      currentRole: role,
      currentCompany: company,
      careerStartYear,
      profile: {
        platform: 'linkedin', key, url, name, headline, location, currentRole: role, currentCompany: company, about: null,
        skills: skills.map((s) => (rnd() < 0.5 ? s.en : s.de)),
        experience: [], education: [],
        earliestExperienceYear: careerStartYear, earliestEducationYear: null,
        careerStart: { year: careerStartYear, source: 'experience' },
      },
      teachSkills: rnd() < 0.4 ? pickSome(catalogue, 1 + Math.floor(rnd() * 3)).map((s) => s.id) : [],
      learnSkills: rnd() < 0.3 ? pickSome(catalogue, 1 + Math.floor(rnd() * 2)).map((s) => s.id) : [],
      status: pick(STATUSES),
      direction: null,
      followUpAt,
      statusChangedAt,
      createdAt,
      updatedAt,
      source: 'import',
      connectedOn: null,
    });
    timeline.push({ id: `${slug}-saved`, contactKey: key, kind: 'event', text: '', event: 'saved', createdAt, updatedAt: createdAt });
    const notes = 1 + Math.floor(rnd() * 3);
    for (let n = 0; n < notes; n++) {
      const at = createdAt + Math.floor(rnd() * (updatedAt - createdAt + 1));
      const text = pick(NOTES).replace('$SKILL', pick(skills).de);
      timeline.push({ id: `${slug}-note-${n}`, contactKey: key, kind: 'note', text, event: null, createdAt: at, updatedAt: at });
    }
  }
  return { contacts, timeline };
}

/** My own side, so ranking and coverage have something to work with (one goal nobody has on purpose). */
export const SYNTHETIC_MY_PROFILE = {
  name: 'Bench User',
  teachSkills: ['generative-ai', 'social-media-marketing', 'python'],
  learnSkills: ['leadership', 'negotiation', 'corporate-finance'],
  careerStartYear: 2017,
  outreachLanguage: 'de',
  germanAddress: 'du',
  linkedinPremium: false,
};

/**
 * Writes the network straight into the extension's IndexedDB from its service worker (raw IndexedDB: a
 * worker evaluated through CDP cannot import modules). The background creates the database when it starts;
 * its popup index is built lazily on the first query, so seeding before the popup opens needs no restart.
 */
export async function seedNetwork(context, { contacts, timeline, myProfile = SYNTHETIC_MY_PROFILE }, chunkSize = 2000) {
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker');
  await worker.evaluate(async () => {
    for (let i = 0; i < 100; i++) {
      if ((await indexedDB.databases()).some((d) => d.name === 'mentor-radar')) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the background never created its database');
  });
  const write = (records) =>
    worker.evaluate(async ({ contacts, timeline, settings, SNAPSHOT_KEY }) => {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('mentor-radar');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise((resolve, reject) => {
        const tx = db.transaction(['contacts', 'timeline', 'settings'], 'readwrite');
        for (const c of contacts) tx.objectStore('contacts').put(c);
        for (const t of timeline) tx.objectStore('timeline').put(t);
        for (const s of settings) tx.objectStore('settings').put(s);
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      await chrome.storage.session.remove(SNAPSHOT_KEY);
    }, { ...records, SNAPSHOT_KEY: POPUP_SNAPSHOT_KEY });
  for (let i = 0; i < contacts.length; i += chunkSize) {
    const batch = contacts.slice(i, i + chunkSize);
    const keys = new Set(batch.map((c) => c.key));
    await write({ contacts: batch, timeline: timeline.filter((t) => keys.has(t.contactKey)), settings: [] });
  }
  if (myProfile) await write({ contacts: [], timeline: [], settings: [{ key: 'myProfile', value: myProfile }] });
}

/**
 * Puts the network in as a user who moves to this browser does: a backup file restored on the options page
 * (replace), through the background's real restore (every record checked with zod, one transaction, the
 * background told of the write). Returns the options page, still open, and when the restore was shown done
 * (ms since the epoch).
 */
export async function restoreNetwork(browser, { contacts, timeline, myProfile = SYNTHETIC_MY_PROFILE }) {
  const { BACKUP_FORMAT, BACKUP_VERSION } = await importForNode(
    "export { BACKUP_FORMAT, BACKUP_VERSION } from './utils/data/backup.ts';",
  );
  const backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: Date.now(),
    contacts,
    timeline,
    customSkills: [],
    templates: [],
    settings: myProfile ? [{ key: 'myProfile', value: myProfile }] : [],
  };
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('options.html'));
  await page.getByTestId('restore-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  const previewed = page.locator('[data-testid="restore-status"][data-state="preview"], [data-testid="restore-status"][data-state="error"]');
  await previewed.waitFor({ timeout: 180_000 });
  if ((await previewed.getAttribute('data-state')) !== 'preview') throw new Error(`restore preview failed: ${await previewed.innerText()}`);
  await page.getByTestId('restore-mode-replace').check();
  await page.getByTestId('restore-confirm').click();
  const restored = page.locator('[data-testid="restore-status"][data-state="done"], [data-testid="restore-status"][data-state="error"]');
  await restored.waitFor({ timeout: 300_000 });
  const doneAt = Date.now();
  if ((await restored.getAttribute('data-state')) !== 'done') throw new Error(`restore failed: ${await restored.innerText()}`);
  return { page, doneAt };
}

/** Resolves once the background keeps a popup snapshot (it answered the first page itself), with the time. */
export async function snapshotKept(context, timeout = 300_000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const [worker] = context.serviceWorkers();
    const kept = await worker
      ?.evaluate(async (key) => (await chrome.storage.session.get(key))[key] !== undefined, POPUP_SNAPSHOT_KEY)
      .catch(() => false);
    if (kept) return Date.now();
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the background never kept a popup snapshot');
}

/** Deletes the popup snapshot, as a browser restart does (storage.session is gone then). */
export async function dropSnapshot(context) {
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker');
  await worker.evaluate((key) => chrome.storage.session.remove(key), POPUP_SNAPSHOT_KEY);
}

/**
 * Empties contacts, timeline and settings again (benchmarks that run later in the same browser start from
 * an empty database) and restarts the service worker, so no in-memory index keeps the removed network.
 */
export async function clearNetwork(context) {
  const [worker] = context.serviceWorkers();
  await worker.evaluate(async (SNAPSHOT_KEY) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('mentor-radar');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction(['contacts', 'timeline', 'settings'], 'readwrite');
      for (const name of ['contacts', 'timeline', 'settings']) tx.objectStore(name).clear();
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    await chrome.storage.session.remove(SNAPSHOT_KEY);
  }, POPUP_SNAPSHOT_KEY);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.close();
  if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker').catch(() => undefined);
}
