import type { MyProfile } from '../schemas/settings';
import type { OutreachFormat, OutreachTemplate, OutreachTone } from '../schemas/template';
import { joinList } from '../matching/format';
import type { Lang, MatchResult, SkillInfo } from '../matching/types';
import { BUILTIN_TEMPLATES } from './builtin-templates';
import { countLinkedInChars, outreachLimit } from './count';
import { cleanValue, firstNameOf, roleHead } from './names';
import type { PlaceholderValues } from './placeholders';
import { renderTemplate, type Rendered } from './render';
import { parseTemplateBody, validateTemplate } from './syntax';
import { truncateAtWord } from './truncate';
import { REQUIRED_PRIORITY, type AddressForm, type Draft, type SentenceTemplate, type ShorteningStep } from './types';

/** Who the draft is for; everything but the name may be missing. */
export interface DraftPerson {
  fullName: string;
  /** Derived from fullName when missing. */
  firstName?: string | null;
  role?: string | null;
  company?: string | null;
  headline?: string | null;
}

/** Skills named per direction before any shortening: a draft is an opener, not the full list. */
export const INITIAL_SKILLS: Readonly<Record<OutreachFormat, number>> = { 'connection-note': 2, message: 4 };

export interface DraftContext {
  language: Lang;
  limit: number;
  person: DraftPerson;
  myName: string;
  /** Skill labels, best first. */
  theyTeach: readonly string[];
  iTeach: readonly string[];
  /** Skills per direction to start with (default INITIAL_SKILLS[template.format]). */
  initialSkills?: number;
}

interface State {
  dropped: Set<number>;
  they: number;
  mine: number;
  roleLevel: number;
  /** After the role, the company goes (sentences fall back to alternatives without it). */
  keepCompany: boolean;
  /** 0 names as given, 1 first name cut to its first word, 2 no names (greetings fall back to "Hi,"). */
  nameLevel: number;
}

/**
 * Role candidates from longest to none: as given up to any "|"/"·"/"•" (never part of a title; else the
 * headline's first part), its first part before "," / " – " / " at " etc., nothing.
 */
function roleLevels(person: DraftPerson): string[] {
  const given = cleanValue(person.role).split(/\s*[|·•]\s*/u)[0] ?? '';
  const full = given || roleHead(person.headline);
  const levels = [full, roleHead(full), ''];
  return levels.filter((v, i) => i === 0 || v !== levels[i - 1]);
}

/**
 * Render one template for one person within ctx.limit. If the text is too long: drop optional sentences
 * (lowest priority first, later ones first on ties); then name fewer skills (the longer list first);
 * then shorten the role (first part, then none) and leave out the company – sentences fall back to
 * alternatives without them; then shorten the first name to its first word and finally greet without
 * a name; then put back any dropped sentence that fits again (highest priority
 * first); and as a last resort cut at a word boundary with "…".
 */
export function renderDraft(template: SentenceTemplate, ctx: DraftContext): Draft {
  const { language, limit, person } = ctx;
  const initial = ctx.initialSkills ?? INITIAL_SKILLS[template.format];
  const roles = roleLevels(person);
  const fullName = cleanValue(person.fullName);
  const myName = cleanValue(ctx.myName);
  const base = {
    firstName: cleanValue(person.firstName) || firstNameOf(fullName),
    fullName,
    company: cleanValue(person.company),
    headline: cleanValue(person.headline),
    myName,
    myFirstName: firstNameOf(myName),
  };
  const state: State = {
    dropped: new Set(),
    they: Math.min(initial, ctx.theyTeach.length),
    mine: Math.min(initial, ctx.iTeach.length),
    roleLevel: 0,
    keepCompany: true,
    nameLevel: 0,
  };
  const startSkills = { they: state.they, mine: state.mine };

  const shortFirstName = base.firstName.split(' ')[0] ?? '';
  const values = (): PlaceholderValues => ({
    ...base,
    firstName: state.nameLevel === 0 ? base.firstName : state.nameLevel === 1 ? shortFirstName : '',
    fullName: state.nameLevel < 2 ? base.fullName : '',
    company: state.keepCompany ? base.company : '',
    role: roles[state.roleLevel] ?? '',
    theyTeach: joinList(ctx.theyTeach.slice(0, state.they), language),
    iTeach: joinList(ctx.iTeach.slice(0, state.mine), language),
  });
  const render = (): Rendered => renderTemplate(template, values(), state.dropped);
  const fits = (r: Rendered) => countLinkedInChars(r.text) <= limit;

  let r = render();
  const dropOrder: number[] = [];
  while (!fits(r)) {
    let pick = -1;
    for (const i of r.rendered) {
      const p = template.sentences[i]?.priority ?? REQUIRED_PRIORITY;
      if (p >= REQUIRED_PRIORITY) continue;
      if (pick === -1 || p <= (template.sentences[pick]?.priority ?? REQUIRED_PRIORITY)) pick = i;
    }
    if (pick === -1) break;
    state.dropped.add(pick);
    dropOrder.push(pick);
    r = render();
  }
  while (!fits(r) && (state.they > 1 || state.mine > 1)) {
    const v = values();
    if (state.they > state.mine || (state.they === state.mine && v.theyTeach.length > v.iTeach.length)) state.they -= 1;
    else state.mine -= 1;
    r = render();
  }
  // Role, company and name steps let sentences fall back to shorter alternatives, but a step that would
  // make a required sentence vanish (no alternative without that value) is undone.
  const required = (x: Rendered) => x.rendered.filter((i) => (template.sentences[i]?.priority ?? 0) >= REQUIRED_PRIORITY).length;
  const step = (apply: () => void, undo: () => void): boolean => {
    const before = required(r);
    apply();
    const next = render();
    if (required(next) < before) {
      undo();
      return false;
    }
    r = next;
    return true;
  };
  while (!fits(r) && state.roleLevel < roles.length - 1) {
    if (!step(() => (state.roleLevel += 1), () => (state.roleLevel -= 1))) break;
  }
  if (!fits(r) && base.company) step(() => (state.keepCompany = false), () => (state.keepCompany = true));
  // Very long names (80 characters happen): a plain greeting beats cutting off the question.
  while (!fits(r) && state.nameLevel < 2) {
    if (!step(() => (state.nameLevel += 1), () => (state.nameLevel -= 1))) break;
  }
  for (const i of [...dropOrder].reverse()) {
    state.dropped.delete(i);
    const attempt = render();
    if (fits(attempt)) r = attempt;
    else state.dropped.add(i);
  }

  // Report a step only when undoing it would change the text (e.g. not for a skill list no sentence uses).
  const showsWith = (patch: Partial<State>): boolean => {
    const saved = { ...state };
    Object.assign(state, patch);
    const text = render().text;
    Object.assign(state, saved);
    return text !== r.text;
  };
  const shortening: ShorteningStep[] = [];
  if (state.dropped.size > 0) shortening.push('sentences');
  if ((state.they < startSkills.they || state.mine < startSkills.mine) && showsWith(startSkills)) shortening.push('skills');
  if ((state.roleLevel > 0 || !state.keepCompany) && showsWith({ roleLevel: 0, keepCompany: true })) shortening.push('role');
  if (state.nameLevel > 0 && showsWith({ nameLevel: 0 })) shortening.push('name');
  let text = r.text;
  if (!fits(r)) {
    text = truncateAtWord(text, limit);
    shortening.push('truncated');
  }
  return {
    id: `draft:${template.id}`,
    templateId: template.id,
    tone: template.tone,
    text,
    length: countLinkedInChars(text),
    limit,
    shortened: shortening.length > 0,
    shortening,
  };
}

/** A user template as sentences, or null when validateTemplate reports a problem (never sent broken). */
export function toSentenceTemplate(template: OutreachTemplate): SentenceTemplate | null {
  if (validateTemplate(template.body).length > 0) return null;
  const sentences = parseTemplateBody(template.body);
  if (sentences.length === 0) return null;
  const { id, name, language, address, tone, format } = template;
  return { id, name, language, address, tone, format, sentences };
}

export interface GenerateDraftsInput {
  match: Pick<MatchResult, 'theyTeachMe' | 'iTeachThem'>;
  me: Pick<MyProfile, 'name'>;
  them: DraftPerson;
  format: OutreachFormat;
  /** Only this tone; all tones when omitted. */
  tone?: OutreachTone;
  language: Lang;
  /** German form of address; ignored for English. */
  address: AddressForm;
  premium: boolean;
  skills: Pick<SkillInfo, 'label'>;
  /** The user's own templates: matching ones come first; invalid ones are skipped. */
  templates?: readonly OutreachTemplate[];
  /** Add the built-in templates after the user's (default true; forced when fewer than 3 would remain). */
  includeBuiltins?: boolean;
}

export const MIN_DRAFTS = 3;

function fits(t: Pick<SentenceTemplate, 'language' | 'address' | 'format' | 'tone'>, input: GenerateDraftsInput): boolean {
  if (t.language !== input.language || t.format !== input.format) return false;
  if (input.tone && t.tone !== input.tone) return false;
  // English ignores the form of address; a German user template without one fits both.
  return input.language === 'en' || t.address === null || t.address === input.address;
}

function labels(ids: readonly string[], skills: Pick<SkillInfo, 'label'>, language: Lang): string[] {
  const out: string[] = [];
  for (const id of ids) {
    const label = cleanValue(skills.label(id, language));
    if (label && !out.includes(label)) out.push(label);
  }
  return out;
}

/**
 * Drafts for one person: the user's matching templates first, then the built-in ones (three per tone,
 * so at least three drafts), each within the LinkedIn limit for the format. Deterministic.
 */
export function generateDrafts(input: GenerateDraftsInput): Draft[] {
  const own = (input.templates ?? [])
    .filter((t) => fits(t, input))
    .map(toSentenceTemplate)
    .filter((t): t is SentenceTemplate => t !== null);
  const builtins = BUILTIN_TEMPLATES.filter((t) => fits(t, input));
  const chosen = input.includeBuiltins === false && own.length >= MIN_DRAFTS ? own : [...own, ...builtins];

  const ctx: DraftContext = {
    language: input.language,
    limit: outreachLimit(input.format, input.premium),
    person: input.them,
    myName: input.me.name,
    theyTeach: labels(input.match.theyTeachMe, input.skills, input.language),
    iTeach: labels(input.match.iTeachThem, input.skills, input.language),
  };
  return chosen.map((t) => renderDraft(t, ctx));
}
