import { describe, expect, it } from 'vitest';
import { computeMatch } from '../../utils/matching/match';
import { personForMatching } from '../../utils/matching/match-input';
import { skillInfoFrom } from '../../utils/matching/skill-info';
import { INDEX, T0, entryOf, makeContact, me } from './helpers';

// The sidebar scores the person with personForMatching(page, contact); the popup's index with the contact's
// saved snapshot. For one person both must show the same score.
const mine = me({ teachSkills: ['leadership', 'corporate-strategy'], learnSkills: ['figma', 'python'], careerStartYear: 1995 });

function sidebarScore(contact: ReturnType<typeof makeContact>) {
  return computeMatch({
    me: mine,
    them: personForMatching(contact.profile, contact, INDEX),
    now: new Date(T0),
    skills: skillInfoFrom(INDEX),
  });
}

describe('popup index and sidebar agree on a person', () => {
  it('when the saved career start and the snapshot disagree, both read the page (the snapshot)', () => {
    // Saved years ago from an older page that showed 2003; the snapshot now says 2021.
    const contact = makeContact('jonas', { careerStartYear: 2003 }, { skills: ['Figma', 'Python'], careerStart: { year: 2021, source: 'experience' } });
    const entry = entryOf(contact, mine);
    const sidebar = sidebarScore(contact);
    expect(entry.careerStartYear).toBe(2021);
    expect(entry.match.score).toBe(sidebar.score);
    expect(entry.match.kind).toBe(sidebar.kind);
  });

  it('an imported contact without a snapshot falls back to its stored year in both', () => {
    const contact = { ...makeContact('lea', { careerStartYear: 2019, teachSkills: ['figma'] }), profile: null };
    const entry = entryOf(contact, mine);
    expect(entry.careerStartYear).toBe(2019);
    expect(entry.match.score).toBe(sidebarScore(contact).score);
    expect(entry.profileSkillIds).toEqual([]);
  });

  it('the career start changes the score (so the agreement above is not vacuous)', () => {
    const junior = makeContact('a', {}, { skills: ['Figma'], careerStart: { year: 2021, source: 'experience' } });
    const senior = makeContact('b', {}, { skills: ['Figma'], careerStart: { year: 1990, source: 'experience' } });
    expect(entryOf(junior, mine).match.score).not.toBe(entryOf(senior, mine).match.score);
  });
});
