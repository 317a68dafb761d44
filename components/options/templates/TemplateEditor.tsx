import { useId, useMemo, useState } from 'react';
import { useI18n } from '../../common/i18n';
import { LanguageSelect } from '../../common/LanguageSelect';
import { PlaceholderHelp } from './PlaceholderHelp';
import { describeIssue, type TemplateDraft } from '../../../utils/outreach/user-templates';
import { previewDraft } from '../../../utils/outreach/template-preview';
import { validateTemplate } from '../../../utils/outreach/syntax';
import type { OutreachFormat, OutreachTone } from '../../../utils/schemas/template';
import type { MessageKey } from '../../../utils/i18n/translate';

const ISSUE_KEYS: Readonly<Record<string, MessageKey>> = {
  'unknown-placeholder': 'mt_issue_unknown',
  'unbalanced-brace': 'mt_issue_brace',
  'invalid-priority': 'mt_issue_priority',
  empty: 'mt_issue_empty',
};

interface TemplateEditorProps {
  initial: TemplateDraft;
  isNew: boolean;
  myName: string;
  premium: boolean;
  onSave: (draft: TemplateDraft) => Promise<void>;
  onCancel: () => void;
}

/**
 * Add or edit one of my templates. Problems are listed live; saving is refused while there are any
 * (or no name), so a template with an unknown placeholder is never used for a draft.
 */
export function TemplateEditor({ initial, isNew, myName, premium, onSave, onCancel }: TemplateEditorProps) {
  const { t } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState<TemplateDraft>(initial);
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const set = (patch: Partial<TemplateDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const issues = useMemo(() => validateTemplate(draft.body).map((i) => describeIssue(draft.body, i)), [draft.body]);
  const nameMissing = draft.name.trim() === '';
  const preview = useMemo(() => (issues.length === 0 ? previewDraft(draft, myName, premium) : null), [draft, issues, myName, premium]);

  const save = async () => {
    setTried(true);
    if (issues.length > 0 || nameMissing) return;
    setSaving(true);
    setFailed(false);
    try {
      await onSave(draft);
    } catch {
      setFailed(true);
      setSaving(false);
    }
  };

  return (
    <form
      className="mt-editor"
      data-testid="template-editor"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 id={`${id}-title`}>{isNew ? t('mt_templateNew') : t('mt_templateEdit')}</h3>
      <div className="mt-form-grid">
        <label className="mt-form-field">
          <span>{t('mt_templateName')}</span>
          <input
            type="text"
            data-testid="template-name"
            maxLength={80}
            value={draft.name}
            aria-invalid={tried && nameMissing}
            onChange={(e) => set({ name: e.target.value })}
          />
          {tried && nameMissing && <span className="mt-hint error">{t('mt_templateNameMissing')}</span>}
        </label>
        <label className="mt-form-field">
          <span>{t('mt_language')}</span>
          <LanguageSelect testId="template-language" value={draft.language} onChange={(language) => set({ language })} />
        </label>
        {draft.language === 'de' && (
          <label className="mt-form-field">
            <span>{t('mt_address')}</span>
            <select
              data-testid="template-address"
              value={draft.address ?? 'any'}
              onChange={(e) => set({ address: e.target.value === 'any' ? null : (e.target.value as 'du' | 'sie') })}
            >
              <option value="sie">Sie</option>
              <option value="du">Du</option>
              <option value="any">{t('mt_addressAny')}</option>
            </select>
          </label>
        )}
        <label className="mt-form-field">
          <span>{t('mt_tone')}</span>
          <select data-testid="template-tone" value={draft.tone} onChange={(e) => set({ tone: e.target.value as OutreachTone })}>
            <option value="warm">{t('mt_toneWarm')}</option>
            <option value="concise">{t('mt_toneConcise')}</option>
            <option value="formal">{t('mt_toneFormal')}</option>
          </select>
        </label>
        <label className="mt-form-field">
          <span>{t('mt_format')}</span>
          <select data-testid="template-format" value={draft.format} onChange={(e) => set({ format: e.target.value as OutreachFormat })}>
            <option value="connection-note">{t('mt_formatNote')}</option>
            <option value="message">{t('mt_formatMessage')}</option>
          </select>
        </label>
      </div>
      <label htmlFor={`${id}-body`} className="mt-draft-label">
        {t('mt_templateBody')}
      </label>
      <textarea
        id={`${id}-body`}
        data-testid="template-body"
        value={draft.body}
        spellCheck
        aria-invalid={issues.length > 0}
        aria-describedby={`${id}-issues`}
        onChange={(e) => set({ body: e.target.value })}
      />
      <div id={`${id}-issues`}>
        {issues.length > 0 && (tried || draft.body !== '') && (
          <ul className="mt-issues error" data-testid="template-issues" role={tried ? 'alert' : undefined}>
            {issues.map((issue, i) => (
              <li key={i}>{t(ISSUE_KEYS[issue.kind] ?? 'mt_issue_empty', ...issue.params)}</li>
            ))}
          </ul>
        )}
      </div>
      <PlaceholderHelp />
      {preview && (
        <div data-testid="template-preview">
          <h4 className="mt-direction-title">{t('mt_templatePreview', preview.length, preview.limit)}</h4>
          <p className="mt-template-preview">{preview.text}</p>
        </div>
      )}
      <div className="actions">
        <button type="submit" className="primary" data-testid="template-save" disabled={saving}>
          {t('mt_templateSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('mt_cancel')}
        </button>
        {failed && (
          <span role="alert" className="error">
            {t('mt_saveError')}
          </span>
        )}
      </div>
    </form>
  );
}
