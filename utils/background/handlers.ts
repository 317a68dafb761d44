import { browser } from 'wxt/browser';
import { onMessage } from '../messaging/guard';
import { registerPopupHandlers } from './popup-handlers';
import type { MentorRadarDb } from '../db/database';
import { broadcastContactsChanged, broadcastSettingsChanged, broadcastTabProfile } from './broadcast';
import {
  changeTags,
  getContact,
  recordOutreachCopied,
  refreshSavedProfile,
  saveContactFromProfile,
  updateContact,
} from './contacts-service';
import { addNote, deleteNote, editNote, getTimeline, restoreNote } from './timeline-service';
import {
  addCustomSkill,
  deleteTemplate,
  getSettings,
  listCustomSkills,
  listTemplates,
  saveTemplate,
  setMyProfile,
  setPreferences,
} from '../db/settings';
import { getTabState, setTabState } from './tab-state';
import { resolveReport } from './tab-report';
import { prepareRanking, rankPagePeople, savePagePerson } from './page-people';
import { injectPageReader } from './page-reader';
import { reportSequence, withRankedPeople } from './tab-people';
import { addGoal, exportFollowUps, logSession, removeGoal, setCadence, setGoalDone } from './journey-service';
import { registerDataHandlers } from './data-handlers';
import { canRephrase, rephraseDraft } from '../rephrase/language-model';
import type { LocalStateDb } from '../db/local-db';
import { clearDraft, loadDraft, saveDraft } from './drafts-service';
import type { SidebarFrames } from './sidebar-frames';

/** Wires every message the background answers to its service function; changes are broadcast to open views. */
export function registerHandlers(
  db: MentorRadarDb,
  local: LocalStateDb,
  frames: SidebarFrames,
  now: () => number = Date.now,
): void {
  /** Runs a change and tells every open view which contact it touched. */
  const changing =
    <T extends { key?: string; contactKey?: string }>(run: () => Promise<T>) =>
    async () => {
      const result = await run();
      broadcastContactsChanged([result.key ?? result.contactKey ?? '']);
      return result;
    };
  const settingsChange = async <T>(result: Promise<T>) => {
    const value = await result;
    broadcastSettingsChanged();
    return value;
  };

  const reports = reportSequence();
  onMessage('reportTabProfile', async (report, { sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    // A list page reports itself at load, before LinkedIn renders its results from a fetch (profiles ask for the page
    // reader then): the ranking's skill index is built meanwhile, not when the first results after a restart arrive.
    if (report.status === 'list') void prepareRanking(db).catch(() => undefined);
    const seq = reports.next(tabId);
    const { state, changed } = await resolveReport(db, tabId, report, now());
    await setTabState(tabId, state);
    broadcastTabProfile({ tabId, state });
    // Opening a saved person's profile refreshes what is stored (details pages were merged by resolveReport).
    const refreshed = report.status === 'ready' && state.status === 'ready' ? await refreshSavedProfile(db, state.profile, now()) : null;
    const touched = changed ?? refreshed?.key ?? null;
    if (touched) broadcastContactsChanged([touched]);
    // Then the people the page lists, ranked, unless the tab reported another page meanwhile. After the first
    // state, so a profile's name never waits for its "People also viewed".
    // A failed ranking only costs the head start: the sidebar asks for it itself (rankPagePeople).
    const withPeople = await withRankedPeople(db, state, now()).catch(() => null);
    if (withPeople && reports.isLatest(tabId, seq)) {
      await setTabState(tabId, withPeople);
      broadcastTabProfile({ tabId, state: withPeople });
    }
  });
  onMessage('loadPageReader', async (_, { sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    void prepareRanking(db).catch(() => undefined);
    await injectPageReader(tabId, sender.frameId ?? 0);
  });
  onMessage('rankPagePeople', ({ people }) => rankPagePeople(db, people, now()));
  onMessage('savePagePerson', ({ person }) => changing(() => savePagePerson(db, person, now()))());
  onMessage('registerSidebar', async ({ token }, { sender }) => {
    const tabId = sender.tab?.id;
    if (tabId !== undefined) await frames.register(tabId, token);
  });
  onMessage('claimSidebar', async ({ token }, { sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || !(await frames.claim(sender, token))) {
      throw new Error('claimSidebar: this frame is not the sidebar Mentor Radar created');
    }
    return { tabId, state: await getTabState(tabId) };
  });
  // Arriving is the point: it resets Firefox's idle timer while a page waits for a slow answer.
  onMessage('keepAwake', () => undefined);
  onMessage('openOptions', async () => {
    await browser.runtime.openOptionsPage();
  });

  // The on-device model runs here, where the Prompt API is allowed (see utils/rephrase/language-model.ts).
  onMessage('canRephrase', ({ language }) => canRephrase(language));
  onMessage('rephraseDraft', async (request) => ({ text: await rephraseDraft(request) }));

  onMessage('getContact', async ({ key }) => (await getContact(db, key)) ?? null);
  onMessage('saveContact', ({ profile }) => changing(() => saveContactFromProfile(db, profile, now()))());
  onMessage('updateContact', ({ key, patch, profile }) => changing(() => updateContact(db, key, patch, profile, now()))());
  onMessage('changeTags', ({ key, field, add, remove, profile }) =>
    changing(() => changeTags(db, key, field, { add, remove }, profile, now()))(),
  );
  onMessage('recordOutreachCopied', ({ key, profile, format, tone, templateId }) =>
    changing(() => recordOutreachCopied(db, key, `${format} · ${tone} · ${templateId}`, profile, now()))(),
  );

  const isTabOpen = (id: number) => browser.tabs.get(id).then(() => true, () => false);
  // The sidebar frame's own tab wins over what it says (it is an iframe inside that tab).
  const tabOf = (said: number, sender: { tab?: { id?: number } }) => sender.tab?.id ?? said;
  onMessage('getNoteDraft', ({ tabId, key }, { sender }) => loadDraft(local, tabOf(tabId, sender), key, isTabOpen));
  onMessage('saveNoteDraft', ({ tabId, key, text }, { sender }) => saveDraft(local, tabOf(tabId, sender), key, text, now()));
  onMessage('clearNoteDraft', ({ tabId, key }, { sender }) => clearDraft(local, tabOf(tabId, sender), key));
  onMessage('getTimeline', ({ key }) => getTimeline(db, key));
  onMessage('addNote', ({ key, text, profile }) => changing(() => addNote(db, key, text, profile, now()))());
  onMessage('editNote', ({ id, text }) => changing(() => editNote(db, id, text, now()))());
  onMessage('deleteNote', ({ id }) => changing(() => deleteNote(db, id, now()))());
  onMessage('restoreNote', ({ entry }) => changing(() => restoreNote(db, entry))());

  onMessage('addGoal', ({ key, direction, text, profile }) => changing(() => addGoal(db, key, direction, text, profile, now()))());
  onMessage('setGoalDone', ({ key, id, done }) => changing(() => setGoalDone(db, key, id, done, now()))());
  onMessage('removeGoal', ({ key, id }) => changing(() => removeGoal(db, key, id, now()))());
  onMessage('setCadence', ({ key, weeks, profile }) => changing(() => setCadence(db, key, weeks, profile, now()))());
  onMessage('logSession', ({ key, session, profile }) => changing(() => logSession(db, key, session, profile, now()))());
  onMessage('exportFollowUps', ({ key, lang }) => exportFollowUps(db, key, lang, now()));

  onMessage('listCustomSkills', () => listCustomSkills(db));
  onMessage('addCustomSkill', ({ id, label }) => settingsChange(addCustomSkill(db, id, label, now())));
  onMessage('getSettings', () => getSettings(db));
  onMessage('setMyProfile', ({ myProfile }) => settingsChange(setMyProfile(db, myProfile)));
  onMessage('setPreferences', ({ patch }) => settingsChange(setPreferences(db, patch)));
  onMessage('listTemplates', () => listTemplates(db));
  onMessage('saveTemplate', ({ template }) => settingsChange(saveTemplate(db, template)));
  onMessage('deleteTemplate', ({ id }) => settingsChange(deleteTemplate(db, id)));
  registerDataHandlers(db, local, now);
  registerPopupHandlers(db, now);
}
