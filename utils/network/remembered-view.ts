import { privateStorage } from '../ui/private-storage';
import { DEFAULT_POPUP_VIEW, PopupViewSchema, type PopupView } from './view-schema';

/** The popup's query, filters and sort, kept so they survive closing and reopening it (a UI choice, not data). */
export const VIEW_STORAGE_KEY = 'popup:view';

/** A stored view, or the default when none is stored or the stored one is not valid. */
export function parseRememberedView(stored: unknown): PopupView {
  const parsed = PopupViewSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_POPUP_VIEW;
}

/** The view remembered from last time. */
export async function loadRememberedView(): Promise<PopupView> {
  return parseRememberedView((await privateStorage().get(VIEW_STORAGE_KEY))[VIEW_STORAGE_KEY]);
}

export function rememberView(view: PopupView): void {
  privateStorage().set({ [VIEW_STORAGE_KEY]: view }).catch((e) => console.warn('could not remember view', e));
}

/** Whether two views ask the same question (compared field by field, whatever order the keys came in). */
export function sameView(a: PopupView, b: PopupView): boolean {
  const fa = a.filters;
  const fb = b.filters;
  const sameList = <T>(x: readonly T[], y: readonly T[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return (
    a.query === b.query &&
    a.sort === b.sort &&
    fa.teachSkill === fb.teachSkill &&
    fa.learnSkill === fb.learnSkill &&
    fa.due === fb.due &&
    sameList(fa.statuses, fb.statuses) &&
    sameList(fa.kinds, fb.kinds)
  );
}
