import { useI18n } from '../common/i18n';
import { TagInput } from '../common/TagInput';
import { messenger } from '../../utils/messaging/messenger';
import type { Contact } from '../../utils/schemas/contact';
import type { Profile } from '../../utils/schemas/profile';
import { resolveProfileSkills, skillLabel } from '../../utils/skills/search';
import { useOptimistic } from './use-optimistic';
import { useSidebarSkills } from './use-sidebar-skills';

const EMPTY: string[] = [];

/**
 * "Could teach me" / "Could learn from me". Each change is saved at once; the first tag creates the
 * contact (updateContact with the profile), opening the profile alone never does.
 */
export function SkillTags({
  profile,
  contact,
  onError,
}: {
  profile: Profile;
  contact: Contact | null;
  onError: (error: unknown) => void;
}) {
  const { t, lang } = useI18n();
  const { index, offered, onCustomSkill, rememberCustom } = useSidebarSkills(profile);

  // Sent as add/remove operations, not the whole list: two tabs tagging the same person at once lose nothing.
  const saveField = (field: 'teachSkills' | 'learnSkills') => async (next: string[], before: string[]) => {
    const add = next.filter((id) => !before.includes(id));
    const remove = before.filter((id) => !next.includes(id));
    const saved = await messenger.sendMessage('changeTags', { key: profile.key, field, add, remove, profile });
    return saved[field];
  };
  const [teach, setTeach] = useOptimistic(contact?.teachSkills ?? EMPTY, saveField('teachSkills'), onError);
  const [learn, setLearn] = useOptimistic(contact?.learnSkills ?? EMPTY, saveField('learnSkills'), onError);

  const changeWith = (current: string[], set: (next: string[]) => void) => (next: string[]) => {
    rememberCustom(next.filter((id) => !current.includes(id)));
    set(next);
  };
  // XING "Ich biete" (offers) could teach me, "Ich suche" (seeks) could learn from me: one click each adds the tag.
  const suggestTeach = resolveProfileSkills(index, profile.offers ?? []).filter((id) => !teach.includes(id));
  const suggestLearn = resolveProfileSkills(index, profile.seeks ?? []).filter((id) => !learn.includes(id));
  const suggestions = (ids: string[], current: string[], set: (next: string[]) => void, testId: string) =>
    ids.length > 0 && (
      <p className="suggestions small">
        <span className="muted">{t('sb_fromProfile')}</span>{' '}
        {ids.map((id) => (
          <button key={id} type="button" className="chip suggestion" data-testid={testId} onClick={() => changeWith(current, set)([...current, id])}>
            + {skillLabel(index, id, lang)}
          </button>
        ))}
      </p>
    );

  return (
    <section className="card panel-section" aria-labelledby="sb-skills-title">
      <h2 id="sb-skills-title">{t('sb_skillsTitle')}</h2>
      <TagInput
        label={t('sb_teachLabel')}
        testId="skill-input-teach"
        chipTestId="tag-teach"
        value={teach}
        onChange={changeWith(teach, setTeach)}
        index={index}
        offered={offered}
        onCustomSkill={onCustomSkill}
      />
      {suggestions(suggestTeach, teach, setTeach, 'suggest-teach')}
      <TagInput
        label={t('sb_learnLabel')}
        testId="skill-input-learn"
        chipTestId="tag-learn"
        value={learn}
        onChange={changeWith(learn, setLearn)}
        index={index}
        offered={offered}
        onCustomSkill={onCustomSkill}
      />
      {suggestions(suggestLearn, learn, setLearn, 'suggest-learn')}
    </section>
  );
}
