import { useEffect, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n';
import { messenger } from '../../../utils/messaging/messenger';
import { isGoalDone, suggestGoals } from '../../../utils/journey/goals';
import { MAX_GOAL_TEXT, type Goal, type GoalDirection } from '../../../utils/schemas/journey';
import type { Contact } from '../../../utils/schemas/contact';
import type { Profile } from '../../../utils/schemas/profile';
import type { PairSkills } from './use-pair-skills';

interface GoalListProps {
  contactKey: string;
  /** Creates the contact on the first goal when the person is not saved yet (sidebar). */
  profile?: Profile;
  contact: Contact | null;
  theirName: string;
  pair: PairSkills | undefined;
  onError: (error: unknown) => void;
}

/**
 * Goals of the pair in both directions, side by side so the exchange stays two-way; each can be marked done.
 * Ideas come from the pair's skills and disappear once taken.
 */
export function GoalList({ contactKey, profile, contact, theirName, pair, onError }: GoalListProps) {
  const { lang, t } = useI18n();
  const [text, setText] = useState('');
  const [direction, setDirection] = useState<GoalDirection>('i-learn');
  const [busy, setBusy] = useState(false);
  // A tick shows at once; the saved contact (broadcast back) then confirms it.
  const [ticked, setTicked] = useState<Record<string, boolean>>({});
  useEffect(() => setTicked({}), [contact?.goals]);
  const goals = (contact?.goals ?? []).map((goal) =>
    goal.id in ticked ? { ...goal, doneAt: ticked[goal.id] ? (goal.doneAt ?? 0) : null } : goal,
  );
  const done = goals.filter(isGoalDone).length;
  const suggestions = pair
    ? suggestGoals({ iLearn: pair.iLearn, theyLearn: pair.theyLearn, existing: goals, skills: pair.skills, lang, limit: 2 })
    : [];

  const add = async (goalDirection: GoalDirection, goalText: string) => {
    setBusy(true);
    try {
      await messenger.sendMessage('addGoal', { key: contactKey, direction: goalDirection, text: goalText, profile });
      return true;
    } catch (e) {
      onError(e);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    if (await add(direction, text)) setText('');
  };
  const toggle = (goal: Goal, isDone: boolean) => {
    setTicked((current) => ({ ...current, [goal.id]: isDone }));
    return messenger.sendMessage('setGoalDone', { key: contactKey, id: goal.id, done: isDone }).catch((e: unknown) => {
      setTicked({});
      onError(e);
    });
  };
  const remove = (goal: Goal) => messenger.sendMessage('removeGoal', { key: contactKey, id: goal.id }).catch(onError);

  const column = (side: GoalDirection) => {
    const items = goals.filter((goal) => goal.direction === side);
    return (
      <div className="jr-goal-column" data-direction={side}>
        <h4>{side === 'i-learn' ? t('jr_iLearn') : t('jr_theyLearn', theirName)}</h4>
        <ul className="jr-goals">
          {items.map((goal) => (
            <li key={goal.id} data-testid="goal-item" data-done={isGoalDone(goal) ? 'true' : 'false'}>
              <label>
                <input
                  type="checkbox"
                  data-testid="goal-done"
                  checked={isGoalDone(goal)}
                  aria-label={t('jr_goalDoneLabel', goal.text)}
                  onChange={(e) => void toggle(goal, e.target.checked)}
                />
                <span className="jr-goal-text">{goal.text}</span>
              </label>
              <button type="button" className="icon jr-goal-remove" aria-label={t('jr_goalRemove', goal.text)} onClick={() => void remove(goal)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      </div>
    );
  };

  return (
    <div className="jr-goal-list" data-testid="goals">
      <p className="muted small" data-testid="goals-summary">
        {goals.length === 0 ? t('jr_goalsEmpty') : t('jr_goalsDone', done, goals.length)}
      </p>
      <div className="jr-goal-columns">
        {column('i-learn')}
        {column('they-learn')}
      </div>
      <form className="jr-goal-form" onSubmit={(e) => void submit(e)}>
        <select aria-label={t('jr_goalDirection')} data-testid="goal-direction" value={direction} onChange={(e) => setDirection(e.target.value as GoalDirection)}>
          <option value="i-learn">{t('jr_iLearn')}</option>
          <option value="they-learn">{t('jr_theyLearn', theirName)}</option>
        </select>
        <input
          data-testid="goal-input"
          value={text}
          maxLength={MAX_GOAL_TEXT}
          placeholder={t('jr_goalPlaceholder')}
          aria-label={t('jr_goalPlaceholder')}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" data-testid="goal-add" disabled={busy || text.trim() === ''}>
          {t('jr_goalAdd')}
        </button>
      </form>
      {suggestions.length > 0 && (
        <div className="jr-suggestions">
          <h4>{t('jr_suggestions')}</h4>
          <ul>
            {suggestions.map((idea) => (
              <li key={`${idea.direction}:${idea.text}`}>
                <button
                  type="button"
                  className="jr-suggestion"
                  data-testid="goal-suggestion"
                  data-direction={idea.direction}
                  aria-label={t('jr_suggestionAdd', idea.text)}
                  disabled={busy}
                  onClick={() => void add(idea.direction, idea.text)}
                >
                  + {idea.direction === 'i-learn' ? t('jr_iLearn') : t('jr_theyLearn', theirName)}: {idea.text}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
