import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeMatch } from '../../utils/matching/match';
import type { MatchMe, MatchResult, MatchThem, PairingKind } from '../../utils/matching/types';
import { NOW, SKILL_TABLE, fakeSkills } from './fake-skills';

const me = (p: Partial<MatchMe>): MatchMe => ({ teachSkills: [], learnSkills: [], careerStartYear: null, ...p });
const them = (p: Partial<MatchThem>): MatchThem => ({
  teachSkills: [],
  learnSkills: [],
  profileSkillIds: [],
  careerStartYear: null,
  ...p,
});
const match = (m: MatchMe, t: MatchThem): MatchResult => computeMatch({ me: m, them: t, now: NOW, skills: fakeSkills });
const codes = (r: MatchResult) => r.reasons.map((x) => x.code);

// The people of the scenarios below.
const juniorMe = me({ teachSkills: ['genai', 'tiktok'], learnSkills: ['strategy', 'negotiation'], careerStartYear: 2019 });
const seniorExec = them({ profileSkillIds: ['strategy', 'leadership', 'negotiation'], careerStartYear: 1995 });
const seniorMe = me({ teachSkills: ['strategy', 'negotiation'], learnSkills: ['genai', 'tiktok'], careerStartYear: 1995 });
const juniorThem = them({ profileSkillIds: ['genai', 'tiktok', 'python'], careerStartYear: 2019 });

interface Scenario {
  name: string;
  me: MatchMe;
  them: MatchThem;
  kind: PairingKind;
  score: [number, number];
  theyTeachMe?: string[];
  iTeachThem?: string[];
  reasons?: string[];
}

const scenarios: Scenario[] = [
  {
    name: 'me junior digital native, them senior executive (profile skills only)',
    me: juniorMe,
    them: seniorExec,
    kind: 'reverse',
    score: [55, 85],
    theyTeachMe: ['strategy', 'negotiation', 'leadership'],
    iTeachThem: ['genai', 'tiktok'],
    reasons: ['two-way', 'profile-only', 'generation-gap', 'reverse-shape'],
  },
  {
    name: 'me senior executive, them junior digital native',
    me: seniorMe,
    them: juniorThem,
    kind: 'reverse',
    score: [55, 85],
    theyTeachMe: ['genai', 'tiktok', 'python'],
    iTeachThem: ['strategy', 'negotiation'],
    reasons: ['two-way', 'profile-only', 'generation-gap', 'reverse-shape'],
  },
  {
    name: 'two seniors sharing the same strategic background',
    me: me({ teachSkills: ['strategy', 'leadership'], learnSkills: ['genai'], careerStartYear: 1988 }),
    them: them({ profileSkillIds: ['strategy', 'finance'], careerStartYear: 1991 }),
    kind: 'none',
    score: [0, 0],
    theyTeachMe: [],
    iTeachThem: [],
    reasons: ['no-overlap', 'peers'],
  },
  {
    name: 'two seniors, one knows what the other wants',
    me: me({ teachSkills: ['strategy'], learnSkills: ['genai'], careerStartYear: 1988 }),
    them: them({ profileSkillIds: ['genai', 'strategy'], careerStartYear: 1990 }),
    kind: 'peer',
    score: [5, 30],
    theyTeachMe: ['genai'],
    iTeachThem: [],
    reasons: ['one-way', 'profile-only', 'peers'],
  },
  {
    name: 'two juniors swapping tagged skills',
    me: me({ teachSkills: ['tiktok'], learnSkills: ['python'], careerStartYear: 2020 }),
    them: them({ teachSkills: ['python'], learnSkills: ['tiktok'], profileSkillIds: ['python', 'figma'], careerStartYear: 2021 }),
    kind: 'peer',
    score: [40, 70],
    theyTeachMe: ['python'],
    iTeachThem: ['tiktok'],
    reasons: ['two-way', 'tagged', 'peers'],
  },
  {
    name: 'no overlap at all',
    me: me({ teachSkills: ['excel'], learnSkills: ['automotive'], careerStartYear: 2000 }),
    them: them({ profileSkillIds: ['figma'], careerStartYear: 2002 }),
    kind: 'none',
    score: [0, 0],
    theyTeachMe: [],
    iTeachThem: [],
    reasons: ['no-overlap', 'peers'],
  },
  {
    name: 'missing career years, skills are reverse shaped',
    me: me({ teachSkills: ['genai'], learnSkills: ['strategy'] }),
    them: them({ profileSkillIds: ['strategy', 'leadership'] }),
    kind: 'reverse',
    score: [30, 80],
    theyTeachMe: ['strategy', 'leadership'],
    iTeachThem: ['genai'],
    reasons: ['two-way', 'profile-only', 'career-unknown', 'reverse-shape'],
  },
  {
    name: 'missing career years, one-way strategy',
    me: me({ learnSkills: ['strategy'] }),
    them: them({ profileSkillIds: ['strategy'] }),
    kind: 'classic',
    score: [5, 30],
    theyTeachMe: ['strategy'],
    iTeachThem: [],
    reasons: ['one-way', 'profile-only', 'career-unknown'],
  },
  {
    name: 'classic: senior teaches, junior only learns',
    me: me({ learnSkills: ['strategy', 'negotiation'], careerStartYear: 2021 }),
    them: them({ profileSkillIds: ['strategy', 'negotiation'], careerStartYear: 1990 }),
    kind: 'classic',
    score: [20, 40],
    theyTeachMe: ['strategy', 'negotiation'],
    iTeachThem: [],
    reasons: ['one-way', 'profile-only', 'generation-gap'],
  },
  {
    name: 'one-way reverse: the junior teaches digital, the senior teaches nothing',
    me: me({ teachSkills: ['genai'], careerStartYear: 2018 }),
    them: them({ learnSkills: ['genai'], careerStartYear: 1992 }),
    kind: 'reverse',
    score: [10, 40],
    theyTeachMe: [],
    iTeachThem: ['genai'],
    reasons: ['one-way', 'tagged', 'generation-gap', 'reverse-shape'],
  },
  {
    name: 'stage gap (7 years) where both teach digital skills',
    me: me({ teachSkills: ['python'], learnSkills: ['figma'], careerStartYear: 2010 }),
    them: them({ learnSkills: ['python'], profileSkillIds: ['figma'], careerStartYear: 2017 }),
    kind: 'peer',
    score: [40, 90],
    theyTeachMe: ['figma'],
    iTeachThem: ['python'],
    reasons: ['two-way', 'tagged', 'stage-gap'],
  },
];

describe('computeMatch scenarios', () => {
  it.each(scenarios)('$name', (s) => {
    const r = match(s.me, s.them);
    expect(r.kind).toBe(s.kind);
    expect(r.score).toBeGreaterThanOrEqual(s.score[0]);
    expect(r.score).toBeLessThanOrEqual(s.score[1]);
    if (s.theyTeachMe) expect(r.theyTeachMe).toEqual(s.theyTeachMe);
    if (s.iTeachThem) expect(r.iTeachThem).toEqual(s.iTeachThem);
    if (s.reasons) expect(codes(r)).toEqual(s.reasons);
  });
});

describe('career gap', () => {
  it('reports the gap and who is more experienced, from either side', () => {
    const a = match(juniorMe, seniorExec);
    expect(a.gapYears).toBe(24);
    expect(a.moreExperienced).toBe('them');
    const b = match(seniorMe, juniorThem);
    expect(b.gapYears).toBe(24);
    expect(b.moreExperienced).toBe('me');
    expect(b.reasons).toContainEqual({ code: 'reverse-shape', params: { digitalSide: 'them' } });
    expect(a.reasons).toContainEqual({ code: 'reverse-shape', params: { digitalSide: 'me' } });
  });

  it('scores the mirrored pair the same: it does not matter which side the user is on', () => {
    const asJunior = match(juniorMe, them({ profileSkillIds: ['strategy', 'negotiation'], careerStartYear: 1995 }));
    const asSenior = match(
      me({ teachSkills: ['strategy', 'negotiation'], learnSkills: ['genai', 'tiktok'], careerStartYear: 1995 }),
      them({ profileSkillIds: ['genai', 'tiktok'], careerStartYear: 2019 }),
    );
    expect(asJunior.kind).toBe('reverse');
    expect(asSenior.kind).toBe('reverse');
    expect(asSenior.score).toBe(asJunior.score);
  });

  it.each([
    [2030, 'future year'],
    [1800, 'implausibly early'],
  ])('treats a %s (%s) as unknown', (year) => {
    const r = match(juniorMe, them({ ...seniorExec, careerStartYear: year }));
    expect(r.gapYears).toBeNull();
    expect(r.reasons).toContainEqual({ code: 'career-unknown', params: { who: 'them' } });
  });

  it('says whose career start is missing', () => {
    expect(match(me({ ...juniorMe, careerStartYear: null }), seniorExec).career.unknown).toBe('me');
    expect(match(me({ ...juniorMe, careerStartYear: null }), them({ ...seniorExec, careerStartYear: null })).career.unknown).toBe('both');
  });

  it.each([
    [2015, 'peers'],
    [2011, 'peers'],
    [2010, 'stages'],
    [2006, 'stages'],
    [2005, 'generations'],
  ] as const)('their start %i against mine 2015 is %s', (year, stage) => {
    const r = match(me({ careerStartYear: 2015 }), them({ careerStartYear: year }));
    expect(r.career.stage).toBe(stage);
  });
});

describe('scoring', () => {
  it('rewards a two-way exchange over a one-way list: 2 + 2 beats 3 + 0 clearly', () => {
    const base = { careerStartYear: 2015 };
    const oneWay = match(
      me({ learnSkills: ['python', 'figma', 'excel'], ...base }),
      them({ teachSkills: ['python', 'figma', 'excel'], careerStartYear: 2016 }),
    );
    const twoWay = match(
      me({ teachSkills: ['tiktok', 'creator'], learnSkills: ['python', 'figma'], ...base }),
      them({ teachSkills: ['python', 'figma'], learnSkills: ['tiktok', 'creator'], careerStartYear: 2016 }),
    );
    expect(oneWay.theyTeachMe).toHaveLength(3);
    expect(twoWay.theyTeachMe).toHaveLength(2);
    expect(twoWay.iTeachThem).toHaveLength(2);
    expect(twoWay.score - oneWay.score).toBeGreaterThanOrEqual(20);
  });

  it('splitting the same evidence across both directions scores higher than piling it on one', () => {
    const y = { careerStartYear: 2015 };
    const oneWay = match(me({ learnSkills: ['python', 'figma'], ...y }), them({ teachSkills: ['python', 'figma'], careerStartYear: 2016 }));
    const twoWay = match(
      me({ teachSkills: ['tiktok'], learnSkills: ['python'], ...y }),
      them({ teachSkills: ['python'], learnSkills: ['tiktok'], careerStartYear: 2016 }),
    );
    expect(twoWay.score).toBeGreaterThan(oneWay.score + 10);
  });

  it('adding explicit tags to a profile-only match raises the score', () => {
    const profileOnly = match(juniorMe, seniorExec);
    const tagged = match(juniorMe, { ...seniorExec, teachSkills: ['strategy'], learnSkills: ['genai'] });
    expect(codes(profileOnly)).toContain('profile-only');
    expect(codes(tagged)).toContain('tagged');
    expect(tagged.score).toBeGreaterThan(profileOnly.score);
    expect(tagged.theyTeachMeDetail[0]).toEqual({ id: 'strategy', evidence: 'mutual' });
    expect(tagged.iTeachThemDetail[0]).toEqual({ id: 'genai', evidence: 'mutual' });
  });

  it('ranks a reverse-mentoring pairing above the same skills between peers', () => {
    const gap = match(juniorMe, seniorExec);
    const peers = match(juniorMe, { ...seniorExec, careerStartYear: 2018 });
    expect(gap.kind).toBe('reverse');
    expect(peers.kind).toBe('peer');
    expect(gap.score).toBeGreaterThan(peers.score);
  });

  it('works with no tags at all and improves as the user tags', () => {
    // Nothing set up on my side: only the career gap suggests what the senior could pass on.
    const noTags = match(me({ careerStartYear: 2019 }), seniorExec);
    expect(noTags.kind).toBe('classic');
    expect(noTags.theyTeachMeDetail.every((s) => s.evidence === 'complementary')).toBe(true);
    expect(noTags.score).toBeLessThan(25);
    const withMySkills = match(me({ teachSkills: ['genai'], careerStartYear: 2019 }), seniorExec);
    const withWants = match(me({ teachSkills: ['genai'], learnSkills: ['strategy'], careerStartYear: 2019 }), seniorExec);
    const withTags = match(me({ teachSkills: ['genai'], learnSkills: ['strategy'], careerStartYear: 2019 }), {
      ...seniorExec,
      learnSkills: ['genai'],
      teachSkills: ['strategy'],
    });
    expect(withMySkills.score).toBeGreaterThan(noTags.score);
    expect(withWants.score).toBeGreaterThan(withMySkills.score);
    expect(withTags.score).toBeGreaterThan(withWants.score);
  });

  it('orders skills by evidence: mutual tag, tag, profile match, complementary', () => {
    const r = match(
      me({ teachSkills: ['genai'], learnSkills: ['strategy', 'finance'], careerStartYear: 2019 }),
      them({ teachSkills: ['automotive', 'strategy'], profileSkillIds: ['leadership', 'finance'], careerStartYear: 1990 }),
    );
    expect(r.theyTeachMeDetail).toEqual([
      { id: 'strategy', evidence: 'mutual' },
      { id: 'automotive', evidence: 'tagged' },
      { id: 'finance', evidence: 'wanted' },
      { id: 'leadership', evidence: 'complementary' },
    ]);
  });
});

describe('complementary inference', () => {
  it('offers my digital skills to a senior with no digital skills, but not to a peer', () => {
    const senior = match(me({ teachSkills: ['genai', 'strategy'], careerStartYear: 2019 }), them({ careerStartYear: 1990 }));
    expect(senior.iTeachThem).toEqual(['genai']);
    expect(senior.iTeachThemDetail[0]?.evidence).toBe('offered');
    const peer = match(me({ teachSkills: ['genai', 'strategy'], careerStartYear: 2019 }), them({ careerStartYear: 2018 }));
    expect(peer.iTeachThem).toEqual([]);
  });

  it('does not list a skill whose category they already cover', () => {
    const r = match(me({ teachSkills: ['genai', 'tiktok'], careerStartYear: 2019 }), them({ profileSkillIds: ['excel'], careerStartYear: 1990 }));
    expect(r.iTeachThem).toEqual(['tiktok']); // they know a digital tool (Excel), trends are new to them
  });

  it('lists their learn tags before inferred skills', () => {
    const r = match(
      me({ teachSkills: ['genai', 'tiktok'], careerStartYear: 2019 }),
      them({ learnSkills: ['python', 'tiktok'], careerStartYear: 1990 }),
    );
    expect(r.iTeachThemDetail).toEqual([
      { id: 'tiktok', evidence: 'mutual' },
      { id: 'python', evidence: 'tagged' },
      { id: 'genai', evidence: 'offered' }, // a senior without digital skills on the profile
    ]);
  });

  it('never uses custom (uncategorised) skills for inference, but matches them when tagged', () => {
    const inferred = match(me({ teachSkills: ['custom:pottery'], careerStartYear: 2019 }), them({ careerStartYear: 1990 }));
    expect(inferred.iTeachThem).toEqual([]);
    const tagged = match(me({ learnSkills: ['custom:pottery'] }), them({ profileSkillIds: ['custom:pottery'] }));
    expect(tagged.theyTeachMe).toEqual(['custom:pottery']);
    expect(tagged.kind).toBe('peer');
  });

  it('caps inferred skills per direction', () => {
    const many = Object.keys(SKILL_TABLE).filter((id) => SKILL_TABLE[id]?.category !== null);
    const r = match(me({ teachSkills: ['genai'], careerStartYear: 2019 }), them({ profileSkillIds: many, careerStartYear: 1980 }));
    expect(r.theyTeachMeDetail.filter((s) => s.evidence === 'complementary').length).toBeLessThanOrEqual(5);
  });
});

describe('properties', () => {
  const ids = Object.keys(SKILL_TABLE);
  const idList = fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 8 });
  const year = fc.option(fc.integer({ min: 1930, max: 2035 }), { nil: null });
  const arbMe = fc.record({ teachSkills: idList, learnSkills: idList, careerStartYear: year });
  const arbThem = fc.record({ teachSkills: idList, learnSkills: idList, profileSkillIds: idList, careerStartYear: year });

  it('score is an integer 0–100, deterministic, and 0 exactly when there is nothing either way', () => {
    fc.assert(
      fc.property(arbMe, arbThem, (m, t) => {
        const a = match(m, t);
        const b = match(m, t);
        expect(b).toEqual(a);
        expect(Number.isInteger(a.score)).toBe(true);
        expect(a.score).toBeGreaterThanOrEqual(0);
        expect(a.score).toBeLessThanOrEqual(100);
        const empty = a.theyTeachMe.length === 0 && a.iTeachThem.length === 0;
        expect(a.kind === 'none').toBe(empty);
        expect(a.score === 0).toBe(empty);
        expect(new Set(a.theyTeachMe).size).toBe(a.theyTeachMe.length);
        expect(new Set(a.iTeachThem).size).toBe(a.iTeachThem.length);
      }),
      { numRuns: 400 },
    );
  });

  it('every skill they could teach me comes from their tags or their profile', () => {
    fc.assert(
      fc.property(arbMe, arbThem, (m, t) => {
        const r = match(m, t);
        for (const id of r.theyTeachMe) expect([...t.teachSkills, ...t.profileSkillIds]).toContain(id);
        for (const id of r.iTeachThem) expect([...t.learnSkills, ...m.teachSkills]).toContain(id);
      }),
      { numRuns: 300 },
    );
  });
});
