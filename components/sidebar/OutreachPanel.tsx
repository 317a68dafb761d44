import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../common/i18n';
import { LanguageSelect } from '../common/LanguageSelect';
import { messenger } from '../../utils/messaging/messenger';
import { copyText } from '../../utils/ui/clipboard';
import { canRephrase, rephraseDraft } from '../../utils/rephrase/language-model';
import type { Lang } from '../../utils/matching/types';
import { countLinkedInChars } from '../../utils/outreach/count';
import type { AddressForm, Draft } from '../../utils/outreach/types';
import type { Contact } from '../../utils/schemas/contact';
import type { Profile } from '../../utils/schemas/profile';
import type { OutreachFormat, OutreachTone } from '../../utils/schemas/template';
import type { MessageKey } from '../../utils/i18n/translate';

export interface OutreachOptions {
  format: OutreachFormat;
  tone: OutreachTone;
  language: Lang;
  address: AddressForm;
}

interface OutreachPanelProps {
  profile: Profile;
  contact: Contact | null;
  options: OutreachOptions;
  onOptions: (patch: Partial<OutreachOptions>) => void;
  drafts: Draft[];
  limit: number;
}

const TONES: readonly OutreachTone[] = ['warm', 'concise', 'formal'];
const FORMATS: readonly { value: OutreachFormat; key: MessageKey }[] = [
  { value: 'connection-note', key: 'mt_formatNote' },
  { value: 'message', key: 'mt_formatMessage' },
];
const TONE_KEYS: Readonly<Record<OutreachTone, MessageKey>> = { warm: 'mt_toneWarm', concise: 'mt_toneConcise', formal: 'mt_toneFormal' };

type Status =
  | { kind: 'idle' }
  | { kind: 'copied' }
  | { kind: 'copied-unrecorded' }
  | { kind: 'copy-failed' }
  | { kind: 'rephrasing' }
  | { kind: 'rephrase-failed' };

/** First words of a draft after its greeting, so the choices can be told apart at a glance. */
function preview(text: string): string {
  const body = text.replace(/^[^,!\n]{0,60}[,!]\s*/u, '').replace(/\s+/g, ' ');
  return body.length > 90 ? `${body.slice(0, 88).replace(/\s+\S*$/u, '')} …` : body;
}

/**
 * Outreach drafts for the person on screen: format, tone, language and form of address; several drafts
 * to pick from; an editable text with a live LinkedIn character counter; Copy, which also records the
 * outreach on the contact; and, where Chrome has an on-device model, Rephrase.
 */
export function OutreachPanel({ profile, contact, options, onOptions, drafts, limit }: OutreachPanelProps) {
  const { t } = useI18n();
  const id = useId();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chosen = drafts.find((d) => d.id === chosenId) ?? drafts[0];
  // What the user typed (or the model wrote) belongs to one choice; another choice starts from its draft.
  // (And to one person: after an in-app switch to someone else, their own draft shows.)
  const selectionKey = `${profile.key}|${chosen?.id ?? ''}|${options.format}|${options.tone}|${options.language}|${options.address}`;
  const [edit, setEdit] = useState<{ key: string; text: string; rephrased: boolean } | null>(null);
  const edited = edit !== null && edit.key === selectionKey;
  const text = edited ? edit.text : (chosen?.text ?? '');
  const length = countLinkedInChars(text);
  const over = length - limit;

  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const statusTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const showStatus = (next: Status, clearAfterMs?: number) => {
    clearTimeout(statusTimer.current);
    setStatus(next);
    if (clearAfterMs) statusTimer.current = setTimeout(() => setStatus({ kind: 'idle' }), clearAfterMs);
  };
  useEffect(() => () => clearTimeout(statusTimer.current), []);
  useEffect(() => {
    clearTimeout(statusTimer.current);
    setStatus({ kind: 'idle' });
  }, [profile.key]);

  const [modelReady, setModelReady] = useState(false);
  useEffect(() => {
    let active = true;
    setModelReady(false);
    void canRephrase(options.language).then((ok) => active && setModelReady(ok));
    return () => {
      active = false;
    };
  }, [options.language]);
  const rephraseAbort = useRef<AbortController | null>(null);
  useEffect(() => () => rephraseAbort.current?.abort(), [selectionKey]);

  const copy = async () => {
    try {
      await copyText(text);
    } catch {
      showStatus({ kind: 'copy-failed' });
      return;
    }
    try {
      await messenger.sendMessage('recordOutreachCopied', {
        key: profile.key,
        profile: contact ? undefined : profile,
        format: options.format,
        tone: options.tone,
        templateId: edited ? `${chosen?.templateId ?? 'draft'}+edited` : (chosen?.templateId ?? 'draft'),
      });
      showStatus({ kind: 'copied' }, 6000);
    } catch {
      showStatus({ kind: 'copied-unrecorded' }, 6000);
    }
  };

  const rephrase = async () => {
    rephraseAbort.current?.abort();
    const abort = new AbortController();
    rephraseAbort.current = abort;
    const key = selectionKey;
    showStatus({ kind: 'rephrasing' });
    try {
      const next = await rephraseDraft(
        { text, language: options.language, address: options.address, format: options.format, limit },
        abort.signal,
      );
      if (abort.signal.aborted) return;
      setEdit({ key, text: next, rephrased: true });
      showStatus({ kind: 'idle' });
    } catch {
      if (!abort.signal.aborted) showStatus({ kind: 'rephrase-failed' }, 6000);
    }
  };

  const statusText: Partial<Record<Status['kind'], string>> = {
    copied: t('mt_copied'),
    'copied-unrecorded': t('mt_copiedUnrecorded'),
    'copy-failed': t('mt_copyFailed'),
    rephrasing: t('mt_rephrasing'),
    'rephrase-failed': t('mt_rephraseFailed'),
  };

  return (
    <section className="card mt-outreach" aria-labelledby={`${id}-title`} data-testid="outreach">
      <h2 id={`${id}-title`}>{t('mt_outreachTitle')}</h2>

      <fieldset className="mt-segmented">
        <legend className="visually-hidden">{t('mt_format')}</legend>
        {FORMATS.map((f) => (
          <label key={f.value} className={options.format === f.value ? 'mt-segment active' : 'mt-segment'}>
            <input
              type="radio"
              name={`${id}-format`}
              value={f.value}
              data-testid={`outreach-format-${f.value}`}
              checked={options.format === f.value}
              onChange={() => onOptions({ format: f.value })}
            />
            {t(f.key)}
          </label>
        ))}
      </fieldset>

      <div className="mt-options">
        <label className="mt-field">
          <span>{t('mt_tone')}</span>
          <select data-testid="outreach-tone" value={options.tone} onChange={(e) => onOptions({ tone: e.target.value as OutreachTone })}>
            {TONES.map((tone) => (
              <option key={tone} value={tone}>
                {t(TONE_KEYS[tone])}
              </option>
            ))}
          </select>
        </label>
        <label className="mt-field">
          <span>{t('mt_language')}</span>
          <LanguageSelect testId="outreach-language" value={options.language} onChange={(language) => onOptions({ language })} />
        </label>
        {options.language === 'de' && (
          <label className="mt-field">
            <span>{t('mt_address')}</span>
            <select
              data-testid="outreach-address"
              value={options.address}
              onChange={(e) => onOptions({ address: e.target.value as AddressForm })}
            >
              <option value="du">Du</option>
              <option value="sie">Sie</option>
            </select>
          </label>
        )}
      </div>

      <fieldset className="mt-choices">
        <legend>{t('mt_pickDraft')}</legend>
        {drafts.map((d, i) => (
          <label key={d.id} className={d.id === chosen?.id ? 'mt-choice active' : 'mt-choice'} data-testid="outreach-choice">
            <input
              type="radio"
              name={`${id}-draft`}
              value={d.id}
              checked={d.id === chosen?.id}
              onChange={() => setChosenId(d.id)}
            />
            <span className="mt-choice-text">
              <strong>{t('mt_draftN', i + 1)}</strong> <span className="muted">{preview(d.text)}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <label htmlFor={`${id}-text`} className="mt-draft-label">
        {t('mt_draftLabel')}
      </label>
      <textarea
        id={`${id}-text`}
        className="mt-draft"
        data-testid="outreach-draft"
        value={text}
        rows={options.format === 'message' ? 12 : 6}
        aria-describedby={`${id}-counter`}
        aria-invalid={over > 0}
        onChange={(e) => setEdit({ key: selectionKey, text: e.target.value, rephrased: edit?.rephrased ?? false })}
      />
      <p
        id={`${id}-counter`}
        className={over > 0 ? 'mt-counter over' : 'mt-counter'}
        data-testid="outreach-counter"
        data-over={over > 0 ? 'true' : 'false'}
      >
        <span>{t('mt_counter', length, limit)}</span>
        {over > 0 && <strong className="error"> · {t('mt_overLimit', over)}</strong>}
        {!edited && chosen?.shortened && <span className="muted"> · {t('mt_shortened')}</span>}
        {edited && edit.rephrased && <span className="muted"> · {t('mt_rephrased')}</span>}
      </p>

      <div className="actions mt-actions">
        <button type="button" className="primary" data-testid="outreach-copy" disabled={text.trim() === ''} onClick={() => void copy()}>
          {t('mt_copy')}
        </button>
        {modelReady && (
          <button
            type="button"
            data-testid="outreach-rephrase"
            disabled={status.kind === 'rephrasing' || text.trim() === ''}
            onClick={() => void rephrase()}
          >
            {t('mt_rephrase')}
          </button>
        )}
        {edited && (
          <button type="button" data-testid="outreach-reset" onClick={() => setEdit(null)}>
            {t('mt_reset')}
          </button>
        )}
      </div>
      <p
        role="status"
        className={status.kind.endsWith('failed') ? 'mt-status error' : 'mt-status'}
        data-testid="outreach-status"
        data-state={status.kind}
      >
        {statusText[status.kind] ?? ''}
      </p>
    </section>
  );
}
