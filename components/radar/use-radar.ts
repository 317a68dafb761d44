import { useEffect, useState } from 'react';
import { subscribe } from '../../utils/messaging/broadcasts';
import { messenger } from '../../utils/messaging/messenger';
import { createEarlyRequest } from '../common/early-request';
import { resolveLanguage, type Lang } from '../../utils/i18n/translate';
import type { RadarView } from '../../utils/radar/radar-schema';

/** People listed per skill and pairs (the most the message allows); the lists are virtualised (PeopleList). */
export const PER_SKILL = 200;
/** What the first answer lists per skill: about what a section shows before it scrolls. */
export const FIRST_PER_SKILL = 8;

const askRadar = (lang: Lang, perSkill: number) => messenger.sendMessage('getRadar', { lang, perSkill });

const early = createEarlyRequest<{ lang: Lang; answer: Promise<RadarView> }>();

/**
 * Asks for the radar's first answer before React renders (call it first thing in the page's entry), in the
 * language the first render uses (the browser's, until the settings are read), so the background starts on
 * it sooner and ahead of the page's other requests. The first load uses it unless a change was broadcast
 * before then, or the language differs.
 */
export function prefetchRadar(): void {
  early.start(() => {
    const lang = resolveLanguage('auto', navigator.language);
    const answer = askRadar(lang, FIRST_PER_SKILL);
    answer.catch(() => undefined); // handled by the first load, or unused
    return { lang, answer };
  });
}

function firstAnswer(lang: Lang): Promise<RadarView> {
  const taken = early.take();
  return taken && taken.lang === lang ? taken.answer : askRadar(lang, FIRST_PER_SKILL);
}

const hasMore = (v: RadarView) => [...v.goals, ...v.teach].some((s) => s.total > s.people.length);

/**
 * The radar fetched from the background, again whenever contacts or settings change. The first answer lists a
 * screenful per skill (FIRST_PER_SKILL), so the first render does not wait for hundreds of reason lines; the
 * long lists (PER_SKILL, virtualised) are asked for once that first answer is rendered: asked at once, their
 * answer (about 1,400 people at 10,000 contacts) was checked, sent and read while the page rendered the first.
 */
export function useRadar(lang: Lang): { view: RadarView | null; error: string | null } {
  const [view, setView] = useState<RadarView | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** The long lists' request, started by the effect below once the short answer is on screen. */
  const [longLists, setLongLists] = useState<(() => void) | null>(null);
  useEffect(() => {
    let live = true;
    let seq = 0;
    const load = (perSkill: number, request = askRadar(lang, perSkill)) => {
      const mine = ++seq;
      return request
        .then((v) => {
          // An answer overtaken by a newer request (a change arrived meanwhile) is dropped.
          if (!live || mine !== seq) return;
          setView(v);
          setError(null);
          if (perSkill < PER_SKILL && hasMore(v)) setLongLists(() => () => live && mine === seq && void load(PER_SKILL));
        })
        .catch((e: unknown) => live && mine === seq && setError(e instanceof Error ? e.message : String(e)));
    };
    void load(FIRST_PER_SKILL, firstAnswer(lang));
    const offContacts = subscribe('contactsChanged', () => void load(PER_SKILL));
    const offSettings = subscribe('settingsChanged', () => void load(PER_SKILL));
    return () => {
      live = false;
      offContacts();
      offSettings();
    };
  }, [lang]);
  // Runs after the commit that shows the short lists.
  useEffect(() => {
    if (!longLists) return;
    setLongLists(null);
    longLists();
  }, [longLists]);
  return { view, error };
}
