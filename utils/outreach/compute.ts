import type { MyProfile } from '../schemas/settings';
import type { OutreachFormat, OutreachTemplate, OutreachTone } from '../schemas/template';
import { explainMatch } from '../matching/explain';
import { computeMatch } from '../matching/match';
import type { Lang, MatchResult, MatchThem, SkillInfo } from '../matching/types';
import { generateDrafts, type DraftPerson } from './generate';
import { cleanValue, firstNameOf } from './names';
import type { AddressForm, Draft } from './types';

export interface ComputeMatchAndDraftsInput {
  me: MyProfile;
  them: MatchThem & DraftPerson;
  now: Date;
  skills: SkillInfo;
  format: OutreachFormat;
  tone?: OutreachTone;
  /** Defaults: my outreach language, German address and Premium flag from the settings. */
  language?: Lang;
  address?: AddressForm;
  premium?: boolean;
  templates?: readonly OutreachTemplate[];
  /** Language of the explanation (the UI language). Default: the outreach language. */
  uiLanguage?: Lang;
}

export interface MatchAndDrafts {
  match: MatchResult;
  explanation: string;
  drafts: Draft[];
}

/** Match, explanation and drafts in one call, for the sidebar and the benchmark. */
export function computeMatchAndDrafts(input: ComputeMatchAndDraftsInput): MatchAndDrafts {
  const { me, them, now, skills } = input;
  const language = input.language ?? me.outreachLanguage;
  const address = input.address ?? me.germanAddress;
  const match = computeMatch({ me, them, now, skills });
  const firstName = cleanValue(them.firstName) || firstNameOf(them.fullName);
  const explanation = explainMatch(match, input.uiLanguage ?? language, skills, { firstName, address });
  const drafts = generateDrafts({
    match,
    me,
    them,
    format: input.format,
    tone: input.tone,
    language,
    address,
    premium: input.premium ?? me.linkedinPremium,
    skills,
    templates: input.templates,
  });
  return { match, explanation, drafts };
}
