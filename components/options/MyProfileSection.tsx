import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { TagInput } from '../common/TagInput';
import { LanguageSelect } from '../common/LanguageSelect';
import { useI18n } from '../common/i18n';
import { useSettings } from '../common/use-settings';
import { useSkillIndex } from '../common/use-skill-index';
import { ownSaves } from '../common/own-saves';
import { WelcomeIntro } from './WelcomeIntro';
import { messenger } from '../../utils/messaging/messenger';
import { WELCOME_HASH } from '../../utils/extension-pages';
import { parseCareerYear } from '../../utils/matching/my-profile';
import type { MyProfile } from '../../utils/schemas/settings';
import '../common/match.css';

type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/** Text fields are saved once the user pauses typing; tags, choices and checkboxes at once. */
const TYPING_DELAY_MS = 500;

/**
 * My own side of every match: skills I can teach and want to learn, roughly when my career started,
 * how drafts should be written (language, Du/Sie, my name) and my LinkedIn plan (note length).
 * Every change is saved (setMyProfile) and is live in every open sidebar.
 */
export function MyProfileSection() {
  const { t } = useI18n();
  const id = useId();
  const settings = useSettings();
  const index = useSkillIndex();
  const [draft, setDraft] = useState<MyProfile | null>(null);
  const [yearText, setYearText] = useState('');
  const [yearInvalid, setYearInvalid] = useState(false);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const latest = useRef<MyProfile | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const busy = useRef(false);
  const [saves] = useState(() => ownSaves<MyProfile>());
  const [welcome, setWelcome] = useState<'unknown' | 'shown' | 'hidden'>('unknown');
  const section = useRef<HTMLElement>(null);
  const focusOnLoad = useRef(false);

  // Follow the stored profile (also changes made in another tab) unless an edit here is still unsaved, or what came is
  // an earlier save of ours read back late (adopting it would lose the edits saved after it).
  useEffect(() => {
    if (!settings || busy.current || saves.isStale(settings.myProfile)) return;
    latest.current = settings.myProfile;
    setDraft(settings.myProfile);
    setYearText(settings.myProfile.careerStartYear?.toString() ?? '');
    setYearInvalid(false);
  }, [settings, saves]);

  // The welcome stays up for this visit once shown, even after the first save marks onboarding done.
  useEffect(() => {
    if (!settings || welcome !== 'unknown') return;
    const fromInstall = location.hash === WELCOME_HASH;
    setWelcome(fromInstall || !settings.preferences.onboardingDone ? 'shown' : 'hidden');
    focusOnLoad.current = fromInstall;
  }, [settings, welcome]);

  // Coming from the install tab, the first field has the focus so the user can start typing at once.
  const ready = draft !== null;
  useEffect(() => {
    if (!ready || !focusOnLoad.current) return;
    focusOnLoad.current = false;
    section.current?.scrollIntoView({ block: 'start' });
    section.current?.querySelector<HTMLInputElement>('[data-testid="my-teach-skills"]')?.focus();
  }, [ready, welcome]);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const profile = latest.current;
    if (!profile) return;
    setSaveState('saving');
    saves.saving(profile);
    try {
      const saved = await messenger.sendMessage('setMyProfile', { myProfile: profile });
      if (!saved.preferences.onboardingDone) await messenger.sendMessage('setPreferences', { patch: { onboardingDone: true } });
      // A newer edit may have been scheduled while this one was on its way.
      if (latest.current === profile) {
        busy.current = false;
        setSaveState('saved');
      }
    } catch {
      busy.current = false;
      setSaveState('error');
    }
  }, [saves]);
  useEffect(() => () => void (busy.current && flush()), [flush]);

  const update = (patch: Partial<MyProfile>, delay = 0) => {
    if (!latest.current) return;
    const next = { ...latest.current, ...patch };
    latest.current = next;
    busy.current = true;
    setDraft(next);
    setSaveState('pending');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), delay);
  };

  const dismissWelcome = () => {
    setWelcome('hidden');
    void messenger.sendMessage('setPreferences', { patch: { onboardingDone: true } });
    if (location.hash === WELCOME_HASH) history.replaceState(null, '', location.pathname + location.search);
  };

  const onCustomSkill = (skill: { id: string; label: string }) => void messenger.sendMessage('addCustomSkill', skill);
  const thisYear = new Date().getFullYear();
  const statusText: Partial<Record<SaveState, string>> = {
    pending: t('mt_saving'),
    saving: t('mt_saving'),
    saved: t('mt_saved'),
    error: t('mt_saveError'),
  };

  return (
    <>
      {welcome === 'shown' && <WelcomeIntro onDismiss={dismissWelcome} />}
      <section className="mt-section" aria-labelledby={`${id}-title`} ref={section} data-testid="my-profile">
        <h2 id={`${id}-title`}>{t('mt_myProfileTitle')}</h2>
        <p className="muted">{t('mt_myProfileIntro')}</p>
        {!draft ? (
          <p className="muted">{t('loading')}</p>
        ) : (
          <>
            <TagInput
              label={t('mt_myTeach')}
              testId="my-teach-skills"
              chipTestId="my-teach-tag"
              value={draft.teachSkills}
              onChange={(teachSkills) => update({ teachSkills })}
              index={index}
              onCustomSkill={onCustomSkill}
            />
            <TagInput
              label={t('mt_myLearn')}
              testId="my-learn-skills"
              chipTestId="my-learn-tag"
              value={draft.learnSkills}
              onChange={(learnSkills) => update({ learnSkills })}
              index={index}
              onCustomSkill={onCustomSkill}
            />
            <div className="mt-form-grid">
              <label className="mt-form-field">
                <span>{t('mt_careerStart')}</span>
                <input
                  type="text"
                  inputMode="numeric"
                  data-testid="my-career-start"
                  placeholder={t('mt_careerStartPlaceholder')}
                  maxLength={4}
                  value={yearText}
                  aria-invalid={yearInvalid}
                  aria-describedby={`${id}-year-hint`}
                  onChange={(e) => {
                    setYearText(e.target.value);
                    const parsed = parseCareerYear(e.target.value, new Date());
                    setYearInvalid(!parsed.ok);
                    if (parsed.ok) update({ careerStartYear: parsed.year }, TYPING_DELAY_MS);
                  }}
                  onBlur={() => busy.current && void flush()}
                />
                <span id={`${id}-year-hint`} className={yearInvalid ? 'mt-hint error' : 'mt-hint'}>
                  {yearInvalid ? t('mt_careerStartInvalid', thisYear) : t('mt_careerStartHint')}
                </span>
              </label>
              <label className="mt-form-field">
                <span>{t('mt_myName')}</span>
                <input
                  type="text"
                  data-testid="my-name"
                  autoComplete="name"
                  maxLength={120}
                  value={draft.name}
                  onChange={(e) => update({ name: e.target.value }, TYPING_DELAY_MS)}
                  onBlur={() => busy.current && void flush()}
                />
                <span className="mt-hint">{t('mt_myNameHint')}</span>
              </label>
              <label className="mt-form-field">
                <span>{t('mt_outreachLanguage')}</span>
                <LanguageSelect
                  testId="my-outreach-language"
                  value={draft.outreachLanguage}
                  onChange={(outreachLanguage) => update({ outreachLanguage })}
                />
              </label>
              <fieldset className="mt-form-field">
                <legend>{t('mt_germanAddress')}</legend>
                <div className="mt-radio-row">
                  {(['du', 'sie'] as const).map((form) => (
                    <label key={form} className="mt-check">
                      <input
                        type="radio"
                        name={`${id}-address`}
                        value={form}
                        data-testid={`my-address-${form}`}
                        checked={draft.germanAddress === form}
                        onChange={() => update({ germanAddress: form })}
                      />
                      {form === 'du' ? 'Du' : 'Sie'}
                    </label>
                  ))}
                </div>
              </fieldset>
            </div>
            <label className="mt-check">
              <input
                type="checkbox"
                data-testid="my-premium"
                checked={draft.linkedinPremium}
                onChange={(e) => update({ linkedinPremium: e.target.checked })}
              />
              {t('mt_premium')}
            </label>
            <p role="status" className={saveState === 'error' ? 'mt-status error' : 'mt-status'} data-testid="my-profile-status" data-state={saveState}>
              {statusText[saveState] ?? ''}
            </p>
          </>
        )}
      </section>
    </>
  );
}
