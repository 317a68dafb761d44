import { describe, expect, it } from 'vitest';
import { matchesFilters, couldTeach, couldLearn, hasActiveFilters } from '../../utils/network/filters';
import { sortEntries } from '../../utils/network/ranking';
import { summarise } from '../../utils/network/summary';
import { DEFAULT_POPUP_VIEW, type PopupFilters } from '../../utils/network/view-schema';
import { DAY, T0, entryOf, makeContact, me } from './helpers';

const my = me({ teachSkills: ['social-media-marketing', 'generative-ai'], learnSkills: ['leadership', 'negotiation', 'corporate-finance'], careerStartYear: 2016 });

// A senior who could teach me leadership and wants to learn GenAI: a two-way reverse pairing.
const senior = makeContact('senior', { teachSkills: ['leadership'], learnSkills: ['generative-ai'], careerStartYear: 1995, updatedAt: T0 - 5 * DAY });
// Teaches me something I want, nothing back: one-way.
const oneWay = makeContact('oneway', { teachSkills: ['negotiation'], careerStartYear: 1990, updatedAt: T0 - DAY });
// Nothing in common.
const stranger = makeContact('stranger', { name: 'Aaron Zero', careerStartYear: 2015, updatedAt: T0 });
const entries = [stranger, oneWay, senior].map((c) => entryOf(c, my));

describe('ranking', () => {
  it('puts the best mentoring potential first, then recent work', () => {
    const ranked = sortEntries(entries, 'potential');
    expect(ranked.map((e) => e.key)).toEqual(['linkedin:senior', 'linkedin:oneway', 'linkedin:stranger']);
    expect(ranked[0]!.match.kind).toBe('reverse');
    expect(ranked[0]!.match.score).toBeGreaterThan(ranked[1]!.match.score);
    expect(ranked[2]!.match.score).toBe(0);
  });

  it('sorts by recent update, by name (accent-insensitive) and by follow-up date (none last)', () => {
    expect(sortEntries(entries, 'updated').map((e) => e.key)).toEqual(['linkedin:stranger', 'linkedin:oneway', 'linkedin:senior']);
    const named = ['Zoë', 'Özil', 'anna', 'Oskar'].map((name, i) => entryOf(makeContact(`n${i}`, { name })));
    expect(sortEntries(named, 'name').map((e) => e.name)).toEqual(['anna', 'Oskar', 'Özil', 'Zoë']);
    const dated = [null, T0 + 2 * DAY, T0 - DAY].map((followUpAt, i) => entryOf(makeContact(`f${i}`, { followUpAt })));
    expect(sortEntries(dated, 'followUp').map((e) => e.followUpAt)).toEqual([T0 - DAY, T0 + 2 * DAY, null]);
  });
});

describe('filters', () => {
  const filters = (patch: Partial<PopupFilters>): PopupFilters => ({ ...DEFAULT_POPUP_VIEW.filters, ...patch });
  const keys = (f: PopupFilters, now = T0) => entries.filter((e) => matchesFilters(e, f, now)).map((e) => e.key).sort();

  it('passes everyone with no filter on', () => {
    expect(keys(filters({}))).toHaveLength(3);
    expect(hasActiveFilters(filters({}))).toBe(false);
    expect(hasActiveFilters(filters({ due: true }))).toBe(true);
  });

  it('filters by skill each way, status and match kind', () => {
    expect(keys(filters({ teachSkill: 'leadership' }))).toEqual(['linkedin:senior']);
    // The senior tagged it; the other senior gets it from matching (I am the junior with a digital skill).
    expect(keys(filters({ learnSkill: 'generative-ai' }))).toEqual(['linkedin:oneway', 'linkedin:senior']);
    expect(couldTeach(entries[1]!, 'negotiation')).toBe(true);
    expect(couldLearn(entries[1]!, 'negotiation')).toBe(false);
    expect(keys(filters({ kinds: ['reverse'] }))).toEqual(['linkedin:oneway', 'linkedin:senior']);
    expect(keys(filters({ kinds: ['classic', 'peer'] }))).toEqual([]);
    expect(keys(filters({ kinds: ['none'] }))).toEqual(['linkedin:stranger']);
    const contacted = entryOf(makeContact('c', { status: 'contacted' }));
    expect(matchesFilters(contacted, filters({ statuses: ['contacted', 'mentoring'] }), T0)).toBe(true);
    expect(matchesFilters(contacted, filters({ statuses: ['idea'] }), T0)).toBe(false);
  });

  it('"due" keeps reached follow-ups and stuck relationships only', () => {
    const due = entryOf(makeContact('d', { followUpAt: T0 - 1 }));
    const later = entryOf(makeContact('l', { followUpAt: T0 + DAY }));
    const stuck = entryOf(makeContact('s', { status: 'contacted', statusChangedAt: T0 - 22 * DAY }));
    const f = filters({ due: true });
    expect([due, later, stuck].map((e) => matchesFilters(e, f, T0))).toEqual([true, false, true]);
  });
});

describe('summarise', () => {
  it('counts statuses, what is due, and the coverage of my goals (nobody = 0)', () => {
    const all = [...entries, entryOf(makeContact('due', { status: 'contacted', followUpAt: T0 - DAY }), my)];
    const s = summarise(all, my, T0);
    expect(s.total).toBe(4);
    expect(s.byStatus).toMatchObject({ idea: 3, contacted: 1, mentoring: 0 });
    expect(s.followUpsDue).toBe(1);
    expect(s.couldTeachMe).toEqual([
      { skill: 'leadership', people: 1 },
      { skill: 'negotiation', people: 1 },
      { skill: 'corporate-finance', people: 0 },
    ]);
    expect(s.couldLearnFromMe.find((c) => c.skill === 'generative-ai')?.people).toBeGreaterThanOrEqual(1);
    expect(s.commonSkills).toContain('leadership');
  });
});
