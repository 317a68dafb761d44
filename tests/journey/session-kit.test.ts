import { describe, expect, it } from 'vitest';
import { countSessions, sessionAgenda, type SessionKitInput } from '../../utils/journey/session-kit';

const BASE: SessionKitInput = {
  lang: 'en',
  form: 'sie',
  myName: 'Jonas Weber',
  theirName: 'Ada Okafor',
  iCanTeach: ['Negotiation', 'Corporate finance'],
  theyCanTeach: ['TikTok marketing'],
  openGoals: [
    { direction: 'i-learn', text: 'Post my first short video' },
    { direction: 'they-learn', text: 'Prepare a salary negotiation' },
  ],
  sessionsHeld: 0,
};

/** Standalone German informal pronouns (du, dich, dir, dein…), not parts of other words. */
const DU_WORDS = /(^|[^\p{L}])(du|dich|dir|dein|deine|deiner|deinem|deinen|deines)(?=[^\p{L}]|$)/iu;
const SIE_WORDS = /(^|[^\p{L}])(Sie|Ihnen|Ihr|Ihre|Ihrer|Ihrem|Ihren)(?=[^\p{L}]|$)/u;

describe('sessionAgenda: first session', () => {
  it.each([
    ['en', 'sie'],
    ['de', 'du'],
    ['de', 'sie'],
  ] as const)('%s/%s names both people, what each teaches, the equal-footing frame, a 45-minute plan, questions and a next step', (lang, form) => {
    const text = sessionAgenda({ ...BASE, lang, form });
    expect(text).toContain('Jonas Weber');
    expect(text).toContain('Ada Okafor');
    expect(text).toContain('TikTok marketing');
    expect(text).toContain('Negotiation');
    expect(text).toContain('Corporate finance');
    expect(text).toMatch(lang === 'en' ? /equal footing/ : /Augenhöhe/);
    expect(text).toMatch(lang === 'en' ? /45-minute plan/ : /45-Minuten-Plan/);
    // The plan's slots add up to 45 minutes with no gap.
    const slots = [...text.matchAll(/(\d+)–(\d+) Min/gi)].map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(slots.length).toBeGreaterThanOrEqual(3);
    expect(slots[0]![0]).toBe(0);
    expect(slots.at(-1)![1]).toBe(45);
    for (let i = 1; i < slots.length; i++) expect(slots[i]![0]).toBe(slots[i - 1]![1]);
    const questions = text.split('\n').filter((line) => line.startsWith('- ') && line.endsWith('?'));
    expect(questions.length).toBeGreaterThanOrEqual(3);
    expect(text).toMatch(lang === 'en' ? /Next step\n\S/ : /Nächster Schritt\n\S/);
    // A first session has no goals yet to pick up.
    expect(text).not.toContain('Post my first short video');
  });

  it('German du speaks informally and never formally; Sie the other way round', () => {
    const du = sessionAgenda({ ...BASE, lang: 'de', form: 'du' });
    const sie = sessionAgenda({ ...BASE, lang: 'de', form: 'sie' });
    expect(du).toMatch(DU_WORDS);
    expect(du).not.toMatch(SIE_WORDS);
    expect(sie).toMatch(SIE_WORDS);
    expect(sie).not.toMatch(DU_WORDS);
    expect(sessionAgenda({ ...BASE, lang: 'en', form: 'du' })).toBe(sessionAgenda({ ...BASE, lang: 'en', form: 'sie' }));
  });

  it('works before anything is tagged and without my name', () => {
    const text = sessionAgenda({ ...BASE, myName: '  ', iCanTeach: [], theyCanTeach: [], lang: 'de', form: 'du' });
    expect(text).toContain('Ich & Ada Okafor');
    expect(text).toContain('Erfahrung aus Beruf und Leben');
    expect(text).not.toContain('undefined');
  });
});

describe('sessionAgenda: later sessions', () => {
  it.each(['en', 'de'] as const)('%s picks up the open goals of both directions and counts the session', (lang) => {
    const text = sessionAgenda({ ...BASE, lang, form: 'du', sessionsHeld: 2 });
    expect(text).toMatch(lang === 'en' ? /^Session 3: / : /^Treffen 3: /);
    expect(text).toContain('- Ada Okafor → Jonas Weber: Post my first short video');
    expect(text).toContain('- Jonas Weber → Ada Okafor: Prepare a salary negotiation');
    expect(text).not.toMatch(/First session|Erstes Treffen/);
  });

  it('says so when no goal is open', () => {
    expect(sessionAgenda({ ...BASE, openGoals: [], sessionsHeld: 1 })).toContain('No open goals');
    expect(sessionAgenda({ ...BASE, lang: 'de', openGoals: [], sessionsHeld: 1 })).toContain('Keine offenen Ziele');
  });
});

describe('countSessions', () => {
  it('counts only session events, so notes and other events do not turn the first agenda into a later one', () => {
    expect(countSessions(undefined)).toBe(0);
    expect(countSessions([{ event: null }, { event: 'saved' }, { event: 'follow-up-set' }])).toBe(0);
    expect(countSessions([{ event: 'session' }, { event: null }, { event: 'session' }, { event: 'status-changed' }])).toBe(2);
  });
});
