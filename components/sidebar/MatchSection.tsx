import { useMemo, useState } from 'react';
import { useI18n } from '../common/i18n';
import { useSettings } from '../common/use-settings';
import { useSkillIndex } from '../common/use-skill-index';
import { MatchCard } from './MatchCard';
import { OutreachPanel, type OutreachOptions } from './OutreachPanel';
import { useUserTemplates } from '../options/templates/use-user-templates';
import { explainMatch } from '../../utils/matching/explain';
import { personForMatching } from '../../utils/matching/match-input';
import { isMyProfileEmpty } from '../../utils/matching/my-profile';
import { skillInfoFrom } from '../../utils/matching/skill-info';
import { outreachLimit } from '../../utils/outreach/count';
import { computeMatchAndDrafts } from '../../utils/outreach/compute';
import { firstNameOf } from '../../utils/outreach/names';
import type { Contact } from '../../utils/schemas/contact';
import type { Profile } from '../../utils/schemas/profile';
import '../common/match.css';

/** Mentoring-potential card and outreach drafts for the person on screen (issue 5). */
export function MatchSection({ profile, contact }: { profile: Profile; contact: Contact | null }) {
  const { lang } = useI18n();
  const settings = useSettings();
  const index = useSkillIndex();
  const templates = useUserTemplates();
  // Choices made here win over the defaults from my profile until the sidebar reloads.
  const [chosen, setChosen] = useState<Partial<OutreachOptions>>({});

  const me = settings?.myProfile;
  const format = chosen.format ?? 'connection-note';
  const tone = chosen.tone ?? 'warm';
  const language = chosen.language ?? me?.outreachLanguage ?? 'en';
  const address = chosen.address ?? me?.germanAddress ?? 'sie';

  const target = useMemo(() => personForMatching(profile, contact, index), [profile, contact, index]);
  const result = useMemo(() => {
    if (!me) return null;
    const skills = skillInfoFrom(index);
    const computed = computeMatchAndDrafts({ me, them: target, now: new Date(), skills, format, tone, language, address, templates, uiLanguage: lang });
    // The German UI says "Sie" everywhere; the Du/Sie choice is for the drafts only.
    const explanation =
      lang === 'de' && address === 'du'
        ? explainMatch(computed.match, lang, skills, { firstName: firstNameOf(profile.name), address: 'sie' })
        : computed.explanation;
    return { ...computed, explanation };
  }, [me, target, index, templates, lang, profile.name, format, tone, language, address]);

  if (!me || !result) return null;
  return (
    <>
      <MatchCard match={result.match} explanation={result.explanation} index={index} profileEmpty={isMyProfileEmpty(me)} />
      <OutreachPanel
        profile={profile}
        contact={contact}
        options={{ format, tone, language, address }}
        onOptions={(patch) => setChosen((c) => ({ ...c, ...patch }))}
        drafts={result.drafts}
        limit={outreachLimit(format, me.linkedinPremium)}
      />
    </>
  );
}
