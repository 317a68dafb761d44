import type { MentorRadarDb } from '../db/database';
import { getSettings } from '../db/settings';
import { skillInfoFrom } from '../matching/skill-info';
import type { MyProfile } from '../schemas/settings';
import { getCatalogue } from '../skills/catalogue';
import { createSkillIndex, type SkillIndex } from '../skills/search';
import type { DbChange } from '../db/db-changes';
import { buildEntry, fillText, matchEntry, searchableText, type ContactEntry, type MatchContext } from './entry';
import { matchesFilters } from './filters';
import { sortEntries } from './ranking';
import { loadRememberedView, rememberView } from './remembered-view';
import { toRow } from './rows';
import { buildRadar } from '../radar/radar';
import type { SkillInfo } from '../matching/types';
import { findIntroductions, type Introduction } from '../radar/introductions';
import type { RadarInput, RadarView } from '../radar/radar-schema';
import { forEachInSlices } from './slices';
import { compileQuery, matchesQuery, narrows, type CompiledQuery } from './search';
import { summarise } from './summary';
import type {
  PopupSort,
  PopupSummary,
  PopupView,
  QueryContactsInput,
  QueryContactsOutput,
} from './view-schema';

interface IntroductionsResult {
  pairs: Introduction[];
  entries: Map<string, ContactEntry>;
  compared: number;
}

/** Due flags change with the clock: cached results are reused within the same minute only. */
const MINUTE = 60_000;

/** Results of recent searches over one state of the network, view and minute (see `results`). */
interface RecentResults {
  /** generation, minute, sort and filters they were computed for. */
  base: string;
  /** By folded query, oldest first. */
  byQuery: Map<string, { query: CompiledQuery; entries: ContactEntry[] }>;
}

/**
 * Searches remembered per state of the network: Backspace goes back to a query typed a moment ago, and is
 * then answered without looking at a single contact. Each is an array of references (≤ 10,000 per search).
 */
const RECENT_SEARCHES = 12;

/** A first page the index answered, with what a snapshot of it needs (snapshot.ts). */
export interface FirstPageAnswer {
  output: QueryContactsOutput;
  /** Every contact matching the view, in list order: the answer's rows are the first of them. */
  results: readonly ContactEntry[];
  /** The whole network, for the moments its due state changes. */
  entries: Iterable<ContactEntry>;
  now: number;
}

/**
 * The popup's view of the network, kept in the background's memory: one entry per contact with its match
 * against my profile already computed, folded search text, the notes' folded text, and the list presorted
 * per sort order. Built lazily on the first query, then kept current from the database's change stream
 * (db-changes.ts): only changed contacts are re-read and re-matched; a settings change re-matches all.
 * A keystroke therefore filters an in-memory array (narrowing the previous results while the user types
 * on) and never sorts, matches or reads the database.
 */
export class NetworkIndex {
  private entries: Map<string, ContactEntry> | null = null;
  private reloadAll = true;
  private readonly dirtyKeys = new Set<string>();
  private rematchAll = false;
  private settingsStale = true;
  private skillsStale = true;
  private notesLoaded = false;
  private noteTexts = new Map<string, string>();
  /** The entries map the notes were last copied onto (a rebuilt entry starts without notes). */
  private notesAttached: Map<string, ContactEntry> | null = null;
  private readonly noteOwner = new Map<string, string>();
  private readonly dirtyNotes = new Set<string>();
  private generation = 0;
  private orders = new Map<PopupSort, ContactEntry[]>();
  private summaryCache: { generation: number; minute: number; value: PopupSummary } | null = null;
  private recent: RecentResults | null = null;
  /** Built by the first refresh (skillsStale starts true), not when the service worker starts. */
  private skillIndex!: SkillIndex;
  private me: MyProfile | null = null;
  private view: PopupView | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private notesPrefetch: ReturnType<typeof setTimeout> | null = null;

  /** Database writes reported so far: an answer computed while one was reported may miss it. */
  private changes = 0;
  /** The UTC year matches were computed in (matching counts career years up to the current one). */
  private matchYear: number | null = null;

  constructor(
    private readonly db: MentorRadarDb,
    private readonly now: () => number = Date.now,
    /** Told of every first page answered from data no write was reported for meanwhile (for a snapshot). */
    private readonly onFirstPage?: (answer: FirstPageAnswer) => void,
  ) {}

  /** Whether the network has been read into memory (until then every query waits for the whole build). */
  get built(): boolean {
    return this.entries !== null;
  }

  /** Feed of database writes (wired with onDbChange): marks what must be re-read before the next query. */
  onChange(change: DbChange): void {
    this.changes += 1;
    switch (change.table) {
      case 'contacts':
        if (change.keys === null) this.reloadAll = true;
        else for (const key of change.keys) this.dirtyKeys.add(String(key));
        break;
      case 'timeline':
        if (!this.notesLoaded) return;
        if (change.keys === null) {
          this.notesLoaded = false;
        } else if (change.values.length > 0) {
          for (const value of change.values as { kind?: string; contactKey?: string; id?: string }[]) {
            if (value.kind === 'note' && value.contactKey) this.dirtyNotes.add(value.contactKey);
          }
        } else {
          for (const id of change.keys) {
            const owner = this.noteOwner.get(String(id));
            if (owner) this.dirtyNotes.add(owner);
          }
        }
        break;
      case 'settings':
        this.settingsStale = true;
        break;
      case 'customSkills':
        this.skillsStale = true;
        break;
      default:
        return;
    }
    this.generation += 1;
  }

  /** Answers one popup query; queries run one at a time so a refresh is never interleaved with another. */
  query(input: QueryContactsInput): Promise<QueryContactsOutput> {
    return this.serial(async () => {
      const changesBefore = this.changes;
      const view = input.view ?? (await this.rememberedView());
      if (input.view) this.remember(input.view);
      await this.refresh();
      const compiled = compileQuery(view.query, this.skillIndex);
      if (compiled.tokens.length > 0) {
        await this.ensureNotes();
        this.ensureTexts();
      } else {
        this.prefetchNotes();
      }
      const now = this.now();
      const results = this.results(view, compiled, now);
      const output: QueryContactsOutput = {
        view,
        rows: results.slice(input.offset, input.offset + input.limit).map((e) => toRow(e, now)),
        offset: input.offset,
        total: results.length,
        summary: this.summary(now),
      };
      if (input.offset === 0 && this.changes === changesBefore && this.onFirstPage) {
        try {
          this.onFirstPage({ output, results, entries: this.entries!.values(), now });
        } catch (error) {
          console.warn('first page observer failed', error); // the answer itself is fine
        }
      }
      return output;
    });
  }

  /** The radar view (utils/radar): the same entries and matches the list shows, grouped by my skills. */
  radar(input: RadarInput): Promise<RadarView> {
    return this.serial(async () => {
      await this.refresh();
      // One view per state of the network, language and length: reopening the radar (or the popup's radar
      // link) does not rank 10,000 contacts again when nothing changed.
      if (this.radarViews?.generation !== this.generation) this.radarViews = { generation: this.generation, views: new Map() };
      const key = `${input.lang}:${input.perSkill}`;
      let view = this.radarViews.views.get(key);
      if (!view) {
        view = buildRadar(this.entries!.values(), this.me!, { lang: input.lang, perSkill: input.perSkill, skills: skillInfoFrom(this.skillIndex) });
        this.radarViews.views.set(key, view);
      }
      return view;
    });
  }
  private radarViews: { generation: number; views: Map<string, RadarView> } | null = null;

  /**
   * The best tandems among my contacts. The entries are taken inside the queue (a consistent view), the
   * pairing runs outside it in chunks, yielding to the event loop between them, so popup queries and
   * other messages are answered meanwhile.
   */
  async introductions(best: number): Promise<IntroductionsResult> {
    const { entries, skills, generation } = await this.serial(async () => {
      await this.refresh();
      return { entries: new Map(this.entries!), skills: skillInfoFrom(this.skillIndex), generation: this.generation };
    });
    // One run per state of the network: reopening the radar reuses it instead of starting another.
    const cached = this.introRun;
    if (cached && cached.generation === generation && cached.best >= best) return cached.result;
    const result = this.runIntroductions(entries, skills, best);
    this.introRun = { generation, best, result };
    return result;
  }
  private introRun: { generation: number; best: number; result: Promise<IntroductionsResult> } | null = null;

  private async runIntroductions(entries: Map<string, ContactEntry>, skills: SkillInfo, best: number): Promise<IntroductionsResult> {
    const run = findIntroductions(entries.values(), { skills, now: new Date(this.now()), best });
    let compared = 0;
    for (;;) {
      const step = run.next();
      if (step.done) return { pairs: step.value, entries, compared };
      compared = step.value.done;
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  /** Builds the index ahead of the first query (e.g. right after the service worker starts). */
  warm(): Promise<void> {
    return this.serial(() => this.refresh());
  }

  private serial<T>(run: () => Promise<T>): Promise<T> {
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async rememberedView(): Promise<PopupView> {
    if (this.view) return this.view;
    this.view = await loadRememberedView();
    return this.view;
  }

  private remember(view: PopupView): void {
    this.view = view;
    rememberView(view);
  }

  private async refresh(): Promise<void> {
    let changed = false;
    if (this.skillsStale) {
      this.skillsStale = false;
      this.skillIndex = createSkillIndex(getCatalogue(), await this.db.customSkills.toArray());
      changed = true;
    }
    if (this.settingsStale) {
      this.settingsStale = false;
      this.me = (await getSettings(this.db)).myProfile;
      this.rematchAll = true;
    }
    const now = new Date(this.now());
    if (this.matchYear !== now.getUTCFullYear()) {
      // A new year moves everyone's career years on: the matches computed last year are out of date.
      if (this.matchYear !== null) this.rematchAll = true;
      this.matchYear = now.getUTCFullYear();
    }
    const ctx: MatchContext = { me: this.me!, skills: skillInfoFrom(this.skillIndex), now };
    if (this.reloadAll || this.entries === null) {
      this.reloadAll = false;
      this.rematchAll = false;
      this.dirtyKeys.clear();
      const contacts = await this.db.contacts.toArray();
      const entries = new Map<string, ContactEntry>();
      // Search text is folded after the first page is answered (prefetchNotes → ensureTexts): ranking does not need it.
      await forEachInSlices(contacts, (c) => entries.set(c.key, buildEntry(c, this.skillIndex, ctx, { deferText: true })));
      this.textsPending = true;
      this.entries = entries;
      changed = true;
    } else {
      if (this.dirtyKeys.size > 0) {
        const keys = [...this.dirtyKeys];
        this.dirtyKeys.clear();
        const contacts = await this.db.contacts.bulkGet(keys);
        keys.forEach((key, i) => {
          const contact = contacts[i];
          if (!contact) {
            this.entries!.delete(key);
            return;
          }
          const entry = buildEntry(contact, this.skillIndex, ctx);
          if (this.notesLoaded) entry.notes = this.noteTexts.get(key) ?? '';
          this.entries!.set(key, entry);
        });
        changed = true;
      }
      if (this.rematchAll) {
        this.rematchAll = false;
        for (const entry of this.entries.values()) entry.match = matchEntry(entry, ctx);
        changed = true;
      }
    }
    if (changed) this.generation += 1;
  }

  /** Notes and search texts are only needed once the user searches; prepared right after the first list is served. */
  private prefetchNotes(): void {
    if ((this.notesLoaded && !this.textsPending) || this.notesPrefetch !== null) return;
    this.notesPrefetch = setTimeout(() => {
      this.notesPrefetch = null;
      void this.serial(async () => {
        await this.ensureNotes();
        await this.ensureTextsInSlices();
      });
    }, 50);
  }

  /** Whether some entries may still have their search text deferred (a full build defers it). */
  private textsPending = false;

  /** Folds every deferred search text now (a search needs them all). */
  private ensureTexts(): void {
    if (!this.textsPending || !this.entries) return;
    for (const entry of this.entries.values()) fillText(entry);
    this.textsPending = false;
  }

  private async ensureTextsInSlices(): Promise<void> {
    if (!this.textsPending || !this.entries) return;
    const entries = this.entries;
    await forEachInSlices([...entries.values()], fillText);
    // A rebuild meanwhile deferred new texts: they are filled by the next search or prefetch.
    if (this.entries === entries) this.textsPending = false;
  }

  private async ensureNotes(): Promise<void> {
    if (!this.notesLoaded) {
      this.dirtyNotes.clear();
      const notes = await this.db.timeline.filter((e) => e.kind === 'note').toArray();
      const texts = new Map<string, string[]>();
      this.noteOwner.clear();
      for (const note of notes) {
        this.noteOwner.set(note.id, note.contactKey);
        const list = texts.get(note.contactKey);
        if (list) list.push(note.text);
        else texts.set(note.contactKey, [note.text]);
      }
      this.noteTexts = new Map([...texts].map(([key, list]) => [key, searchableText(list)]));
      this.notesLoaded = true;
    } else if (this.dirtyNotes.size > 0) {
      const keys = [...this.dirtyNotes];
      this.dirtyNotes.clear();
      const entries = await this.db.timeline.where('contactKey').anyOf(keys).toArray();
      const texts = new Map<string, string[]>(keys.map((k) => [k, []]));
      for (const e of entries) {
        if (e.kind !== 'note') continue;
        this.noteOwner.set(e.id, e.contactKey);
        texts.get(e.contactKey)?.push(e.text);
      }
      for (const [key, list] of texts) this.noteTexts.set(key, list.length > 0 ? searchableText(list) : '');
    } else if (this.notesAttached === this.entries) {
      return;
    }
    // Entries are rebuilt when a contact changes: (re)attach the folded notes to whatever entries exist now.
    for (const entry of this.entries!.values()) entry.notes = this.noteTexts.get(entry.key) ?? '';
    this.notesAttached = this.entries;
    this.generation += 1;
  }

  private order(sort: PopupSort): ContactEntry[] {
    let order = this.orders.get(sort);
    if (!order || this.ordersGeneration !== this.generation) {
      if (this.ordersGeneration !== this.generation) this.orders = new Map();
      this.ordersGeneration = this.generation;
      order = sortEntries(this.entries!.values(), sort);
      this.orders.set(sort, order);
    }
    return order;
  }
  private ordersGeneration = -1;

  private results(view: PopupView, query: CompiledQuery, now: number): ContactEntry[] {
    const base = `${this.generation}|${Math.floor(now / MINUTE)}|${view.sort}|${JSON.stringify(view.filters)}`;
    if (this.recent?.base !== base) this.recent = { base, byQuery: new Map() };
    const recent = this.recent.byQuery;
    const known = recent.get(query.folded);
    if (known) {
      recent.delete(query.folded); // now the newest
      recent.set(query.folded, known);
      return known.entries;
    }
    // Typing on only narrows: start from the smallest remembered result the new query can only narrow.
    let from = this.order(view.sort);
    for (const r of recent.values()) if (r.entries.length < from.length && narrows(r.query, query)) from = r.entries;
    const hasQuery = query.tokens.length > 0;
    const entries = from.filter((e) => matchesFilters(e, view.filters, now) && (!hasQuery || matchesQuery(query, e)));
    recent.set(query.folded, { query, entries });
    if (recent.size > RECENT_SEARCHES) recent.delete(recent.keys().next().value!);
    return entries;
  }

  private summary(now: number): PopupSummary {
    const minute = Math.floor(now / MINUTE);
    const cached = this.summaryCache;
    if (cached && cached.generation === this.generation && cached.minute === minute) return cached.value;
    const value = summarise(this.entries!.values(), this.me!, now);
    this.summaryCache = { generation: this.generation, minute, value };
    return value;
  }
}
