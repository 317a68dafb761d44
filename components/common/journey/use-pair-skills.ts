import { useMemo } from 'react';
import { useSettings } from '../use-settings';
import { useSkillIndex } from '../use-skill-index';
import { computeMatch } from '../../../utils/matching/match';
import { personForMatching } from '../../../utils/matching/match-input';
import { skillInfoFrom } from '../../../utils/matching/skill-info';
import type { SkillInfo } from '../../../utils/matching/types';
import type { Contact } from '../../../utils/schemas/contact';
import type { Profile } from '../../../utils/schemas/profile';

export interface PairSkills {
  /** Skill ids they could teach me, best evidence first. */
  iLearn: string[];
  /** Skill ids I could teach them. */
  theyLearn: string[];
  skills: SkillInfo;
}

/**
 * What each side of the pair could teach, from the same match the match card shows (my profile, my tags
 * and their profile), so goal ideas and the session agenda follow the match. undefined while loading.
 */
export function usePairSkills(profile: Profile | null, contact: Contact | null): PairSkills | undefined {
  const settings = useSettings();
  const index = useSkillIndex();
  const me = settings?.myProfile;
  return useMemo(() => {
    if (!me) return undefined;
    const skills = skillInfoFrom(index);
    const them = personForMatching(profile ?? contact?.profile ?? null, contact, index);
    const match = computeMatch({ me, them, now: new Date(), skills });
    return { iLearn: match.theyTeachMe, theyLearn: match.iTeachThem, skills };
  }, [me, profile, contact, index]);
}
