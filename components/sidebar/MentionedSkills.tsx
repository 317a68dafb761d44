import { useMemo } from 'react';
import { useI18n } from '../common/i18n';
import { useSkillIndex } from '../common/use-skill-index';
import { profileSkillIds } from '../../utils/matching/match-input';
import { skillLabel } from '../../utils/skills/search';
import type { Profile } from '../../utils/schemas/profile';

/**
 * Guest views have no Skills card: the catalogue skills the headline and About name instead (what matching
 * uses too). Its own module because it needs the skill catalogue, which the first paint should not wait for.
 */
export function MentionedSkills({ profile }: { profile: Pick<Profile, 'skills' | 'headline' | 'about'> }) {
  const { t, lang } = useI18n();
  const index = useSkillIndex();
  const mentioned = useMemo(() => profileSkillIds(profile, index), [profile, index]);
  if (mentioned.length === 0) return <p className="muted">{t('noSkills')}</p>;
  return (
    <>
      <p className="muted small">{t('skillsMentioned')}</p>
      <ul className="chips" data-testid="profile-skills-mentioned">
        {mentioned.map((id) => (
          <li key={id} className="chip">
            {skillLabel(index, id, lang)}
          </li>
        ))}
      </ul>
    </>
  );
}
