import { joinListWithMore } from './format';
import type { Lang, MatchResult, Side, SkillInfo } from './types';

export interface ExplainOptions {
  /** The other person's first name; without it the text says "this person" / "diese Person". */
  firstName?: string;
  /** How German UI text addresses the user. Default `sie`. */
  address?: 'du' | 'sie';
  /** Skills named per direction before "and N more". Default 3. */
  maxSkills?: number;
}

interface Words {
  lang: Lang;
  /** The other person as subject / after a verb (names need no declension; the fallback does in German). */
  them: string;
  themObject: string;
  theirTeach: string;
  myTeach: string;
  years: number | null;
  senior: Side | null;
}

type Phrases = {
  both(w: Words): string;
  theyOnly(w: Words): string;
  iOnly(w: Words): string;
  nothing(w: Words): string;
  reverseGap(w: Words): string;
  reverseOneWay(w: Words): string;
  reverseUnknown(w: Words): string;
  classicGap(w: Words): string;
  classicUnknown(w: Words): string;
  peerClose(w: Words): string;
  peerGap(w: Words): string;
  peerUnknown(w: Words): string;
  unknownOnly(w: Words): string;
  profileOnly(w: Words): string;
};

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const EN: Phrases = {
  both: (w) => `${capitalize(w.them)} could teach you ${w.theirTeach}; you could teach ${w.themObject} ${w.myTeach}.`,
  theyOnly: (w) => `${capitalize(w.them)} could teach you ${w.theirTeach}.`,
  iOnly: (w) => `You could teach ${w.themObject} ${w.myTeach}.`,
  nothing: (w) => `No skills to exchange yet – tag what ${w.them} could teach you or would like to learn.`,
  reverseGap: (w) => `${w.years} years apart in career, each of you brings what the other lacks – a reverse-mentoring fit.`,
  reverseOneWay: (w) => `${w.years} years apart in career, with digital know-how flowing to the more experienced side – reverse mentoring.`,
  reverseUnknown: () => `Digital know-how on one side, experience on the other – a reverse-mentoring fit (career start unknown, judged on skills alone).`,
  classicGap: (w) =>
    w.senior === 'them'
      ? `${capitalize(w.them)} started ${w.years} years before you – more of a classic mentoring fit.`
      : `You started ${w.years} years before ${w.themObject} – more of a classic mentoring fit.`,
  classicUnknown: () => `Looks more like classic mentoring (career start unknown, judged on skills alone).`,
  peerClose: () => `You are at a similar career stage – a peer exchange.`,
  peerGap: (w) => `${w.years} years apart in career, yet the know-how does not run along seniority – a peer exchange.`,
  peerUnknown: () => `A peer exchange (career start unknown, judged on skills alone).`,
  unknownOnly: () => `Career start unknown.`,
  profileOnly: () => `Based on profile skills only – tagging skills makes this more precise.`,
};

const DE_SIE: Phrases = {
  both: (w) => `${capitalize(w.them)} könnte Ihnen ${w.theirTeach} beibringen; Sie könnten ${w.themObject} ${w.myTeach} zeigen.`,
  theyOnly: (w) => `${capitalize(w.them)} könnte Ihnen ${w.theirTeach} beibringen.`,
  iOnly: (w) => `Sie könnten ${w.themObject} ${w.myTeach} zeigen.`,
  nothing: (w) => `Noch nichts zum Austauschen – markieren Sie, was ${w.them} Ihnen beibringen könnte oder lernen möchte.`,
  reverseGap: (w) => `${w.years} Jahre Abstand im Berufsleben, und jede Seite bringt mit, was der anderen fehlt – passt zum Reverse Mentoring.`,
  reverseOneWay: (w) => `${w.years} Jahre Abstand im Berufsleben, und digitales Wissen fließt zur erfahreneren Seite – Reverse Mentoring.`,
  reverseUnknown: () => `Digitales Wissen auf der einen, Erfahrung auf der anderen Seite – passt zum Reverse Mentoring (Berufsstart unbekannt, nur nach Kenntnissen beurteilt).`,
  classicGap: (w) =>
    w.senior === 'them'
      ? `${capitalize(w.them)} ist ${w.years} Jahre länger im Beruf als Sie – eher klassisches Mentoring.`
      : `Sie sind ${w.years} Jahre länger im Beruf als ${w.themObject} – eher klassisches Mentoring.`,
  classicUnknown: () => `Eher klassisches Mentoring (Berufsstart unbekannt, nur nach Kenntnissen beurteilt).`,
  peerClose: () => `Sie stehen beide an einem ähnlichen Punkt im Berufsleben – ein Austausch unter Peers.`,
  peerGap: (w) => `${w.years} Jahre Abstand im Berufsleben, doch das Wissen folgt nicht der Seniorität – ein Austausch unter Peers.`,
  peerUnknown: () => `Ein Austausch unter Peers (Berufsstart unbekannt, nur nach Kenntnissen beurteilt).`,
  unknownOnly: () => `Berufsstart unbekannt.`,
  profileOnly: () => `Nur anhand der Profil-Kenntnisse – mit Markierungen wird es genauer.`,
};

// UI text uses lower-case "du" (Duden standard outside of letters).
const DE_DU: Phrases = {
  ...DE_SIE,
  both: (w) => `${capitalize(w.them)} könnte dir ${w.theirTeach} beibringen; du könntest ${w.themObject} ${w.myTeach} zeigen.`,
  theyOnly: (w) => `${capitalize(w.them)} könnte dir ${w.theirTeach} beibringen.`,
  iOnly: (w) => `Du könntest ${w.themObject} ${w.myTeach} zeigen.`,
  nothing: (w) => `Noch nichts zum Austauschen – markiere, was ${w.them} dir beibringen könnte oder lernen möchte.`,
  classicGap: (w) =>
    w.senior === 'them'
      ? `${capitalize(w.them)} ist ${w.years} Jahre länger im Beruf als du – eher klassisches Mentoring.`
      : `Du bist ${w.years} Jahre länger im Beruf als ${w.themObject} – eher klassisches Mentoring.`,
  peerClose: () => `Ihr steht beide an einem ähnlichen Punkt im Berufsleben – ein Austausch unter Peers.`,
};

/**
 * Two or three plain sentences: what flows each way, what kind of pairing it is (and why), and a hint to
 * tag skills when everything was inferred from the profile.
 */
export function explainMatch(result: MatchResult, lang: Lang, skills: SkillInfo, options: ExplainOptions = {}): string {
  const phrases = lang === 'en' ? EN : options.address === 'du' ? DE_DU : DE_SIE;
  const max = Math.max(1, options.maxSkills ?? 3);
  const name = options.firstName?.trim() ?? '';
  const labels = (ids: readonly string[]) => joinListWithMore(ids.map((id) => skills.label(id, lang)), lang, max);
  const w: Words = {
    lang,
    them: name || (lang === 'en' ? 'this person' : 'diese Person'),
    themObject: name || (lang === 'en' ? 'them' : 'dieser Person'),
    theirTeach: labels(result.theyTeachMe),
    myTeach: labels(result.iTeachThem),
    years: result.gapYears,
    senior: result.moreExperienced,
  };

  const sentences: string[] = [];
  const t = result.theyTeachMe.length > 0;
  const i = result.iTeachThem.length > 0;
  sentences.push(t && i ? phrases.both(w) : t ? phrases.theyOnly(w) : i ? phrases.iOnly(w) : phrases.nothing(w));

  const unknown = result.career.stage === 'unknown';
  const gap = !unknown && result.career.stage !== 'peers' && result.moreExperienced !== null;
  if (result.kind === 'reverse') {
    sentences.push(!gap ? phrases.reverseUnknown(w) : t && i ? phrases.reverseGap(w) : phrases.reverseOneWay(w));
  }
  else if (result.kind === 'classic') sentences.push(gap ? phrases.classicGap(w) : phrases.classicUnknown(w));
  else if (result.kind === 'peer') sentences.push(unknown ? phrases.peerUnknown(w) : gap ? phrases.peerGap(w) : phrases.peerClose(w));
  else if (unknown) sentences.push(phrases.unknownOnly(w));

  if (result.reasons.some((r) => r.code === 'profile-only')) sentences.push(phrases.profileOnly(w));
  return sentences.join(' ');
}
