import { joinList } from '../matching/format';
import type { Lang } from '../matching/types';

/** LinkedIn's message limit: the draft must fit in one message to both (or a group chat). */
export const INTRODUCTION_MAX_CHARS = 2000;

export interface IntroductionDraftInput {
  junior: { name: string; teaches: readonly string[] };
  senior: { name: string; teaches: readonly string[] };
  lang: Lang;
  /** German only: how I address them. */
  address?: 'du' | 'sie';
  /** My name for the signature; left out when empty. */
  myName?: string;
}

const first = (name: string) => name.trim().split(/\s+/)[0] ?? name;

/**
 * A short message introducing two of my contacts to each other as a reverse-mentoring tandem, sent to
 * both. Names the skills each brings (at most three each) and proposes a first call. ≤ 2,000 characters.
 */
export function introductionDraft(input: IntroductionDraftInput): string {
  const { lang } = input;
  const j = first(input.junior.name);
  const s = first(input.senior.name);
  const jt = joinList(input.junior.teaches.slice(0, 3), lang);
  const st = joinList(input.senior.teaches.slice(0, 3), lang);
  const me = input.myName?.trim() ?? '';
  let text: string;
  if (lang === 'en') {
    text = [
      `Hi ${j}, hi ${s},`,
      `I'd like to introduce you to each other. ${s}, ${j} knows ${jt} inside out. ${j}, ${s} has years of experience in ${st}.`,
      `I think you two would make a great reverse-mentoring tandem: each of you brings exactly what the other is building up. Would you be up for a first 30-minute call? I'll leave the rest to you.`,
      me ? `Best,\n${me}` : 'Best wishes',
    ].join('\n\n');
  } else if (input.address === 'du') {
    text = [
      `Hallo ${j}, hallo ${s},`,
      `ich möchte euch gern miteinander bekannt machen. ${s}, ${j} kennt sich bestens mit ${jt} aus. ${j}, ${s} hat viele Jahre Erfahrung in ${st}.`,
      `Ich glaube, ihr wärt ein starkes Reverse-Mentoring-Tandem: Jede Seite bringt genau das mit, was die andere gerade aufbaut. Habt ihr Lust auf ein erstes Gespräch von 30 Minuten? Alles Weitere überlasse ich euch.`,
      me ? `Viele Grüße\n${me}` : 'Viele Grüße',
    ].join('\n\n');
  } else {
    text = [
      `Guten Tag ${input.junior.name.trim()}, guten Tag ${input.senior.name.trim()},`,
      `ich möchte Sie gern miteinander bekannt machen. ${s} – ${j} kennt sich bestens mit ${jt} aus. ${j} – ${s} hat viele Jahre Erfahrung in ${st}.`,
      `Ich glaube, Sie wären ein starkes Reverse-Mentoring-Tandem: Jede Seite bringt genau das mit, was die andere gerade aufbaut. Hätten Sie Lust auf ein erstes Gespräch von 30 Minuten? Alles Weitere überlasse ich Ihnen.`,
      me ? `Viele Grüße\n${me}` : 'Viele Grüße',
    ].join('\n\n');
  }
  return text.length <= INTRODUCTION_MAX_CHARS ? text : `${text.slice(0, INTRODUCTION_MAX_CHARS - 1)}…`;
}
