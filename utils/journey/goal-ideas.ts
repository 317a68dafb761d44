import type { Lang, SkillCategory } from '../matching/types';
import type { GoalDirection } from '../schemas/journey';

/**
 * Goal ideas per skill category, as sentences with `{skill}`. Each is small enough to finish between two
 * sessions and says what "done" looks like, which is what keeps a mentoring pair moving (Together's and
 * Mentorloop's goal guides both ask for a visible outcome). Custom skills (no category) use `other`.
 */
type IdeaKey = SkillCategory | 'other';

const I_LEARN: Record<Lang, Record<IdeaKey, string>> = {
  en: {
    digital: 'Build a first small thing with {skill}',
    trends: 'Try {skill} for two weeks and share what stuck',
    strategy: 'Apply {skill} to one real decision at work',
    eq: 'Practise {skill} in one real conversation and talk it through',
    industry: 'Sketch how {skill} works in practice, with one real example',
    other: 'Learn the basics of {skill} and try them once',
  },
  de: {
    digital: 'Mit {skill} ein erstes kleines Projekt umsetzen',
    trends: '{skill} zwei Wochen ausprobieren und berichten, was geblieben ist',
    strategy: '{skill} auf eine echte Entscheidung im Job anwenden',
    eq: '{skill} in einem echten Gespräch üben und danach besprechen',
    industry: 'Skizzieren, wie {skill} in der Praxis läuft, an einem echten Beispiel',
    other: 'Die Grundlagen von {skill} lernen und einmal anwenden',
  },
};

const THEY_LEARN: Record<Lang, Record<IdeaKey, string>> = {
  en: {
    digital: 'Show them {skill} hands-on until they can do a first step alone',
    trends: 'Walk them through {skill} with examples from their field',
    strategy: 'Work through {skill} on a question they face right now',
    eq: 'Prepare a real situation together that needs {skill}',
    industry: 'Share how {skill} really works, with stories from practice',
    other: 'Help them get started with {skill}',
  },
  de: {
    digital: '{skill} praktisch zeigen, bis der erste Schritt allein gelingt',
    trends: '{skill} mit Beispielen aus dem eigenen Fachgebiet erklären',
    strategy: '{skill} an einer Frage durcharbeiten, die gerade ansteht',
    eq: 'Gemeinsam eine echte Situation vorbereiten, die {skill} braucht',
    industry: 'Erzählen, wie {skill} wirklich läuft, mit Geschichten aus der Praxis',
    other: 'Beim Einstieg in {skill} helfen',
  },
};

/** One goal idea for a skill in a direction, in the given language. */
export function goalIdea(direction: GoalDirection, category: SkillCategory | null, label: string, lang: Lang): string {
  const table = direction === 'i-learn' ? I_LEARN : THEY_LEARN;
  return table[lang][category ?? 'other'].replace('{skill}', label);
}
