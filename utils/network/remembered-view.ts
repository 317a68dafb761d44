import { privateStorage } from '../ui/private-storage';
import { VIEW_STORAGE_KEY } from './popup-storage-keys';
import { DEFAULT_POPUP_VIEW, FILTER_FIELDS, PopupViewSchema, type PopupView } from './view-schema';

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

/** Equal scalars, or lists with the same items in the same order. */
function sameValue(x: unknown, y: unknown): boolean {
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => v === y[i]);
  return x === y;
}

const VIEW_FIELDS = Object.keys(PopupViewSchema.shape) as (keyof PopupView)[];

/**
 * Whether two views ask the same question: every field of the view schema, and every filter field, compared
 * whatever order the keys came in (derived from the schemas, so a new filter is compared without listing it).
 */
export function sameView(a: PopupView, b: PopupView): boolean {
  return (
    VIEW_FIELDS.every((field) => field === 'filters' || sameValue(a[field], b[field])) &&
    FILTER_FIELDS.every((field) => sameValue(a.filters[field], b.filters[field]))
  );
}
