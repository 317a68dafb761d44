/**
 * Title vocabulary that tells a career stage, English and German, in base form (see terms.ts: gender
 * endings and accents are folded away, so "Geschäftsführerin" is listed as "geschaftsfuhrer").
 *
 * - early: in training or the first years (student, intern, Azubi, junior …);
 * - senior: leads people or a business (head of, Leiter, director, C-level, founder, partner …);
 * - mid: a plain role (manager, engineer, Referent …);
 * - support: assistant-type roles; a senior word after them ("Assistant to the CEO") names the boss, not
 *   the person;
 * - retired: marks the person as retired (read as senior, long career behind them);
 * - former: "ex-"/"former": a following early word is past ("Former Intern"), a senior one still counts
 *   ("Former CEO" has led);
 * - object: a following early word is whom they serve, not what they are ("Mentor for students").
 * A longer phrase wins over its parts: "account executive" is mid although "executive" alone is senior.
 */
export type StageTag = 'early' | 'mid' | 'senior' | 'support' | 'retired' | 'former' | 'object' | 'ignore';

const EARLY = [
  'student', 'studentin', 'werkstudent', 'working student', 'student assistant', 'studentische hilfskraft',
  'studentische aushilfe', 'hiwi', 'intern', 'internship', 'praktikant', 'praktikum', 'pflichtpraktikum',
  'azubi', 'auszubildender', 'apprentice', 'apprenticeship', 'ausbildung', 'in ausbildung', 'lehrling',
  'trainee', 'graduate', 'graduate trainee', 'new grad', 'dual student', 'dualer student', 'duales studium',
  'volontar', 'junior', 'jr', 'berufseinsteiger', 'entry level', 'young professional', 'absolvent', 'fresher',
  'bachelor student', 'master student', 'masterand', 'bachelorand', 'doktorand', 'phd student',
  'phd candidate', 'schuler', 'abiturient', 'referendar', 'student researcher', 'undergraduate', 'mba student',
  'early career', 'career starter', 'einsteiger', 'studierender',
  '*werkstudent', '*praktikant', '*student', '*trainee', '*azubi', '*auszubildender', '*volontar',
  '*einsteiger', '*absolvent',
];

const SENIOR = [
  'head', 'head of', 'leiter', 'leitung', 'director', 'direktor', 'managing director', 'vp', 'svp', 'evp',
  'vice president', 'president', 'prasident', 'ceo', 'cfo', 'cto', 'coo', 'cmo', 'cio', 'cdo', 'chro', 'cpo',
  'cso', 'ciso', 'cro', 'cco', 'cxo', 'chief', 'c level', 'geschaftsfuhrer', 'geschaftsfuhrung',
  'geschaftsleitung', 'geschaftsleiter', 'vorstand', 'vorstandsvorsitzender', 'vorsitzender', 'partner',
  'managing partner', 'senior partner', 'equity partner', 'principal', 'prokurist', 'inhaber', 'owner',
  'founder', 'co founder', 'cofounder', 'grunder', 'mitgrunder', 'mitbegrunder', 'board member', 'board',
  'aufsichtsrat', 'aufsichtsratsmitglied', 'beirat', 'team lead', 'team leader', 'teamlead', 'tech lead',
  'lead', 'general manager', 'country manager', 'chairman', 'chairwoman', 'chair', 'executive',
  'executive director', 'entrepreneur', 'unternehmer', 'investor', 'business angel', 'professor', 'prof',
  'chefarzt', 'chefredakteur', 'dekan', 'dean', 'gesellschafter', 'geschaftsinhaber', 'mitinhaber',
  'senior vice president', 'bereichsleitung', 'abteilungsleitung', 'teamleitung', 'fuhrungskraft',
  'chief of staff', 'head of department',
  '*leiter', '*leitung', '*vorstand', '*inhaber', '*grunder', '*direktor', '*director', '*geschaftsfuhrer',
  '*prasident', '*vorsitzender',
];

const MID = [
  'manager', 'engineer', 'developer', 'entwickler', 'consultant', 'berater', 'analyst', 'designer',
  'specialist', 'spezialist', 'expert', 'experte', 'referent', 'sachbearbeiter', 'officer', 'coordinator',
  'koordinator', 'associate', 'administrator', 'technician', 'techniker', 'teacher', 'lehrer', 'researcher',
  'scientist', 'wissenschaftler', 'recruiter', 'writer', 'editor', 'redakteur', 'journalist', 'product owner',
  'scrum master', 'lawyer', 'anwalt', 'rechtsanwalt', 'jurist', 'arzt', 'kaufmann', 'creator', 'marketer',
  'architect', 'architekt', 'accountant', 'buchhalter', 'controller', 'ingenieur', 'programmer',
  'programmierer', 'mitarbeiter', 'angestellter', 'fachkraft', 'fachmann', 'freelancer', 'freiberufler',
  'selbststandig', 'self employed', 'advisor', 'adviser', 'pfleger', 'nurse', 'krankenschwester', 'coach',
  'trainer', 'dozent', 'lecturer', 'influencer', 'account executive', 'sales executive', 'marketing executive', 'account manager', 'business partner',
  'hr business partner', 'partner manager', 'product owner', 'projektleiter', 'projektleitung', 'gruppenleiter',
  'lead generation', 'owner operator', 'einkaufer', 'buyer', 'planner', 'strategist', 'producer', 'tester',
  'operator', 'agent', 'representative', 'podcaster', 'youtuber',
  'streamer', 'photographer', 'fotograf', 'beamter', 'verwaltungsangestellter', 'senior', 'staff engineer',
  'staff', 'ux', 'assistenzarzt', 'oberarzt', 'steuerberater', 'wirtschaftsprufer', 'auditor',
  'pressesprecher', 'moderator', 'data scientist', 'data analyst', 'ambassador',
  '*manager', '*entwickler', '*berater', '*ingenieur', '*techniker', '*kaufmann', '*referent', '*designer',
  '*analyst', '*spezialist', '*architekt', '*redakteur', '*engineer', '*developer', '*consultant',
  '*sachbearbeiter', '*mitarbeiter', '*buchhalter', '*controller', '*einkaufer', '*lehrer', '*projektleiter',
  '*wissenschaftler', '*fachkraft', '*planer', '*koordinator', '*beauftragter', '*experte',
];

const SUPPORT = [
  'assistant', 'assistent', 'assistenz', 'executive assistant', 'personal assistant', 'sekretar',
  'office manager', 'referent der', 'assistant to', 'buro', 'office of', 'stab', 'stabsstelle',
  'vorstandsreferent', 'vorstandsassistent', 'vorstandsburo',
];

const RETIRED = [
  'retired', 'retiree', 'im ruhestand', 'ruhestand', 'rentner', 'pensionar', 'pensioniert', 'a d', 'emeritus',
  'emerita', 'semi retired', 'in rente', 'in pension',
];

const FORMER = ['former', 'ex', 'formerly', 'ehemals', 'ehemaliger', 'previously', 'zuvor', 'fruher'];

const OBJECT = [
  'for', 'fur', 'hiring', 'helping', 'mentoring', 'teaching', 'supporting', 'coaching', 'empowering', 'with',
  'mit', 'betreuung', 'recruiting', 'hiring', 'von',
];

/** Words that look like stage words but are not, in their common title uses. */
const IGNORE = [
  'student affairs', 'student services', 'student recruiting', 'student marketing', 'studentenwerk',
  'head hunter', 'headhunter', 'board games', 'partner program', 'junior high',
];

export const STAGE_TERMS: { phrase: string; value: StageTag }[] = [
  ...IGNORE.map((phrase) => ({ phrase, value: 'ignore' as const })),
  ...SUPPORT.map((phrase) => ({ phrase, value: 'support' as const })),
  ...RETIRED.map((phrase) => ({ phrase, value: 'retired' as const })),
  ...FORMER.map((phrase) => ({ phrase, value: 'former' as const })),
  ...OBJECT.map((phrase) => ({ phrase, value: 'object' as const })),
  ...EARLY.map((phrase) => ({ phrase, value: 'early' as const })),
  ...SENIOR.map((phrase) => ({ phrase, value: 'senior' as const })),
  ...MID.map((phrase) => ({ phrase, value: 'mid' as const })),
];
