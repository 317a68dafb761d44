import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { activeFilterCount, hasActiveFilters } from '../../utils/network/filters';
import { parseRememberedView, sameView } from '../../utils/network/remembered-view';
import {
  DEFAULT_POPUP_VIEW,
  FILTER_FIELDS,
  NO_FILTERS,
  PopupFiltersSchema,
  type PopupFilters,
  type PopupView,
} from '../../utils/network/view-schema';

interface Def {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string>;
}

/** A valid value that is not "no filter", read from the field's own schema: a new field is covered as it is added. */
function chosenValue(schema: z.ZodType): unknown {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  switch (def.type) {
    case 'default':
    case 'nullable':
    case 'optional':
      return chosenValue(def.innerType!);
    case 'string':
      return 'javascript';
    case 'boolean':
      return true;
    case 'enum':
      return Object.values(def.entries!)[0];
    case 'array':
      return [chosenValue(def.element!)];
    default:
      throw new Error(`no sample for a "${def.type}" filter field: teach chosenValue one`);
  }
}

const withField = (field: keyof PopupFilters): PopupFilters =>
  PopupFiltersSchema.parse({ ...NO_FILTERS, [field]: chosenValue(PopupFiltersSchema.shape[field]) });

describe('one definition of the popup filter fields', () => {
  it('lists every field of the schema', () => {
    expect([...FILTER_FIELDS].sort()).toEqual(Object.keys(PopupFiltersSchema.shape).sort());
    expect(FILTER_FIELDS.length).toBeGreaterThanOrEqual(5);
  });

  it('"no filter" is the default view\'s filters, valid, and counts nothing', () => {
    expect(DEFAULT_POPUP_VIEW.filters).toEqual(NO_FILTERS);
    expect(PopupFiltersSchema.safeParse(NO_FILTERS).success).toBe(true);
    expect(activeFilterCount(NO_FILTERS)).toBe(0);
    expect(hasActiveFilters(NO_FILTERS)).toBe(false);
  });

  it.each(FILTER_FIELDS)('%s: choosing it is counted, offers Clear, and makes another view', (field) => {
    const filters = withField(field);
    expect(activeFilterCount(filters)).toBe(1);
    expect(hasActiveFilters(filters)).toBe(true);
    expect(activeFilterCount(filters, [field])).toBe(0);
    const view: PopupView = { ...DEFAULT_POPUP_VIEW, filters };
    expect(sameView(view, DEFAULT_POPUP_VIEW)).toBe(false);
    expect(sameView(view, { ...DEFAULT_POPUP_VIEW, filters: withField(field) })).toBe(true);
  });

  it.each(FILTER_FIELDS)('%s: a remembered view from a version without it keeps the rest and starts it off', (field) => {
    const { [field]: _dropped, ...older } = { ...NO_FILTERS, statuses: ['mentoring'] } as Record<string, unknown>;
    const view = parseRememberedView({ query: 'anna', sort: 'name', filters: older });
    expect(view.query).toBe('anna');
    expect(view.sort).toBe('name');
    expect(view.filters[field]).toEqual(field === 'statuses' ? [] : NO_FILTERS[field]);
    if (field !== 'statuses') expect(view.filters.statuses).toEqual(['mentoring']);
  });

  it('counts each chosen status and kind, and leaves out fields with their own control', () => {
    const filters: PopupFilters = { ...NO_FILTERS, statuses: ['idea', 'contacted'], kinds: ['reverse'], teachSkill: 'ai', due: true };
    expect(activeFilterCount(filters)).toBe(5);
    expect(activeFilterCount(filters, ['due'])).toBe(4);
  });

  it('sameView compares whatever order the keys came in, and lists by their items', () => {
    const a: PopupView = { query: 'x', sort: 'name', filters: { ...NO_FILTERS, kinds: ['peer', 'reverse'] } };
    const reordered = JSON.parse(
      JSON.stringify({ filters: { kinds: ['peer', 'reverse'], due: false, statuses: [], learnSkill: null, teachSkill: null }, sort: 'name', query: 'x' }),
    ) as PopupView;
    expect(sameView(a, reordered)).toBe(true);
    expect(sameView(a, { ...a, filters: { ...a.filters, kinds: ['reverse', 'peer'] } })).toBe(false);
    expect(sameView(a, { ...a, query: 'y' })).toBe(false);
    expect(sameView(a, { ...a, sort: 'updated' })).toBe(false);
  });
});
