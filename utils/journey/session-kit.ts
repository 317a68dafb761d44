import type { Lang } from '../matching/types';
import type { Goal } from '../schemas/journey';

/** German has two ways to address someone; the user picks one per profile (My profile → German address). */
export type GermanAddress = 'du' | 'sie';

export interface SessionKitInput {
  lang: Lang;
  /** Only read for German. */
  form: GermanAddress;
  /** My name; empty when I have not set it in My profile. */
  myName: string;
  theirName: string;
  /** Skill labels I could teach them. */
  iCanTeach: readonly string[];
  /** Skill labels they could teach me. */
  theyCanTeach: readonly string[];
  /** Goals still open, both directions: later sessions pick them up. */
  openGoals: readonly Pick<Goal, 'direction' | 'text'>[];
  /** Sessions logged so far: 0 gives the first-session agenda. */
  sessionsHeld: number;
}

interface Words {
  me: string;
  firstTitle: (me: string, them: string) => string;
  laterTitle: (n: number, me: string, them: string) => string;
  frameHeading: string;
  frame: string;
  planHeading: string;
  firstPlan: (me: string, them: string, iTeach: string, theyTeach: string) => string[];
  laterPlan: (me: string, them: string) => string[];
  goalsHeading: string;
  noOpenGoals: string;
  questionsHeading: string;
  firstQuestions: string[];
  laterQuestions: string[];
  nextHeading: string;
  firstNext: string;
  laterNext: string;
  unknownSkills: string;
  and: string;
}

const EN: Words = {
  me: 'Me',
  firstTitle: (me, them) => `First session: ${me} & ${them} (45 minutes)`,
  laterTitle: (n, me, them) => `Session ${n}: ${me} & ${them} (45 minutes)`,
  frameHeading: 'How we work',
  frame:
    'Reverse mentoring on equal footing: each of us teaches and each of us learns. No hierarchy, no wrong questions, and what is said stays between us.',
  planHeading: '45-minute plan',
  firstPlan: (me, them, iTeach, theyTeach) => [
    '0–5 min · Arrive: who we are, why we said yes, what a good outcome would be',
    `5–20 min · ${them} → ${me}: ${theyTeach}`,
    `20–35 min · ${me} → ${them}: ${iTeach}`,
    '35–45 min · One goal each, and the next step',
  ],
  laterPlan: (me, them) => [
    '0–5 min · Check-in: what happened since last time',
    `5–20 min · Open goals ${them} → ${me}`,
    `20–35 min · Open goals ${me} → ${them}`,
    '35–45 min · Mark what is done, pick the next step',
  ],
  goalsHeading: 'Open goals',
  noOpenGoals: 'No open goals: set a new one each.',
  questionsHeading: 'Good questions to ask each other',
  firstQuestions: [
    'What do you wish someone had told you earlier in your career?',
    'Which part of your work do you find hardest to explain to others?',
    'What would you like to be able to do in three months that you cannot do today?',
    'How do you like to learn: by watching, by trying, or by talking it through?',
  ],
  laterQuestions: [
    'What did you try since last time, and what surprised you?',
    'Where did you get stuck?',
    'What should we drop because it no longer matters?',
  ],
  nextHeading: 'Next step',
  firstNext: 'Write down one goal each, and put the next session in the calendar (in 2–4 weeks).',
  laterNext: 'Mark done goals, set the next one, and agree the date of the next session.',
  unknownSkills: 'experience from work and life',
  and: 'and',
};

/** German, per form of address: only the sentences that speak to the other person differ. */
const DE_COMMON = {
  me: 'Ich',
  firstTitle: (me: string, them: string) => `Erstes Treffen: ${me} & ${them} (45 Minuten)`,
  laterTitle: (n: number, me: string, them: string) => `Treffen ${n}: ${me} & ${them} (45 Minuten)`,
  frameHeading: 'Wie wir arbeiten',
  planHeading: '45-Minuten-Plan',
  firstPlan: (me: string, them: string, iTeach: string, theyTeach: string) => [
    '0–5 Min. · Ankommen: wer wir sind, warum wir zugesagt haben, was ein gutes Ergebnis wäre',
    `5–20 Min. · ${them} → ${me}: ${theyTeach}`,
    `20–35 Min. · ${me} → ${them}: ${iTeach}`,
    '35–45 Min. · Je ein Ziel und der nächste Schritt',
  ],
  laterPlan: (me: string, them: string) => [
    '0–5 Min. · Check-in: was seit dem letzten Mal passiert ist',
    `5–20 Min. · Offene Ziele ${them} → ${me}`,
    `20–35 Min. · Offene Ziele ${me} → ${them}`,
    '35–45 Min. · Erledigtes abhaken, nächsten Schritt festlegen',
  ],
  goalsHeading: 'Offene Ziele',
  noOpenGoals: 'Keine offenen Ziele: Jede Seite setzt sich ein neues.',
  nextHeading: 'Nächster Schritt',
  unknownSkills: 'Erfahrung aus Beruf und Leben',
  and: 'und',
};

const DE_DU: Words = {
  ...DE_COMMON,
  frame:
    'Reverse Mentoring auf Augenhöhe: Jede Seite lehrt und jede Seite lernt. Keine Hierarchie, keine falschen Fragen, und was wir besprechen, bleibt unter uns.',
  questionsHeading: 'Gute Fragen aneinander',
  firstQuestions: [
    'Was hättest du gern früher in deinem Berufsleben gewusst?',
    'Welchen Teil deiner Arbeit kannst du anderen am schwersten erklären?',
    'Was möchtest du in drei Monaten können, was du heute noch nicht kannst?',
    'Wie lernst du am liebsten: zuschauen, ausprobieren oder darüber reden?',
  ],
  laterQuestions: [
    'Was hast du seit dem letzten Mal ausprobiert, und was hat dich überrascht?',
    'Wo bist du hängen geblieben?',
    'Was lassen wir weg, weil es dir nicht mehr wichtig ist?',
  ],
  firstNext: 'Schreib dir ein Ziel auf, ich mir auch, und wir tragen das nächste Treffen gleich ein (in 2–4 Wochen).',
  laterNext: 'Erledigte Ziele abhaken, das nächste festlegen und den Termin für das nächste Treffen ausmachen.',
};

const DE_SIE: Words = {
  ...DE_COMMON,
  frame:
    'Reverse Mentoring auf Augenhöhe: Jede Seite lehrt und jede Seite lernt. Keine Hierarchie, keine falschen Fragen, und was wir besprechen, bleibt unter uns.',
  questionsHeading: 'Gute Fragen aneinander',
  firstQuestions: [
    'Was hätten Sie gern früher in Ihrem Berufsleben gewusst?',
    'Welchen Teil Ihrer Arbeit können Sie anderen am schwersten erklären?',
    'Was möchten Sie in drei Monaten können, was Sie heute noch nicht können?',
    'Wie lernen Sie am liebsten: zuschauen, ausprobieren oder darüber reden?',
  ],
  laterQuestions: [
    'Was haben Sie seit dem letzten Mal ausprobiert, und was hat Sie überrascht?',
    'Wo sind Sie hängen geblieben?',
    'Was lassen wir weg, weil es Ihnen nicht mehr wichtig ist?',
  ],
  firstNext: 'Wir schreiben uns je ein Ziel auf und tragen das nächste Treffen gleich ein (in 2–4 Wochen).',
  laterNext: 'Erledigte Ziele abhaken, das nächste festlegen und den Termin für das nächste Treffen vereinbaren.',
};

function wordsFor(lang: Lang, form: GermanAddress): Words {
  if (lang === 'en') return EN;
  return form === 'du' ? DE_DU : DE_SIE;
}

/** "A, B and C" in the language; the fallback when nothing is tagged yet. */
function list(labels: readonly string[], words: Words): string {
  const items = [...new Set(labels.map((label) => label.trim()).filter(Boolean))].slice(0, 3);
  if (items.length === 0) return words.unknownSkills;
  if (items.length === 1) return items[0]!;
  return `${items.slice(0, -1).join(', ')} ${words.and} ${items[items.length - 1]}`;
}

/**
 * The session agenda as plain text, ready to copy into a chat or a calendar invite. The first session
 * introduces the pair and the reverse-mentoring frame; later sessions are built around the open goals.
 */
export function sessionAgenda(input: SessionKitInput): string {
  const words = wordsFor(input.lang, input.form);
  const me = input.myName.trim() || words.me;
  const them = input.theirName.trim();
  const first = input.sessionsHeld <= 0;
  const bullets = (lines: readonly string[]) => lines.map((line) => `- ${line}`);
  const sections: string[][] = [
    [first ? words.firstTitle(me, them) : words.laterTitle(input.sessionsHeld + 1, me, them)],
    [words.frameHeading, words.frame],
    [
      words.planHeading,
      ...bullets(
        first ? words.firstPlan(me, them, list(input.iCanTeach, words), list(input.theyCanTeach, words)) : words.laterPlan(me, them),
      ),
    ],
  ];
  if (!first) {
    const mine = input.openGoals.filter((goal) => goal.direction === 'i-learn');
    const theirs = input.openGoals.filter((goal) => goal.direction === 'they-learn');
    const goalLines =
      mine.length + theirs.length === 0
        ? [words.noOpenGoals]
        : [
            // Arrow from who teaches to who learns, as in the plan: reads the same with or without my name.
            ...mine.map((goal) => `- ${them} → ${me}: ${goal.text}`),
            ...theirs.map((goal) => `- ${me} → ${them}: ${goal.text}`),
          ];
    sections.push([words.goalsHeading, ...goalLines]);
  }
  sections.push([words.questionsHeading, ...bullets(first ? words.firstQuestions : words.laterQuestions)]);
  sections.push([words.nextHeading, first ? words.firstNext : words.laterNext]);
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}

/** How many sessions a timeline records: picks the first-session or the later-session agenda. */
export function countSessions(timeline: readonly { event?: string | null }[] | undefined): number {
  return timeline?.filter((entry) => entry.event === 'session').length ?? 0;
}
