import { useId, useState } from 'react';
import { useI18n } from '../common/i18n';
import { useSettings } from '../common/use-settings';
import { BuiltinTemplateList } from './templates/BuiltinTemplateList';
import { TemplateEditor } from './templates/TemplateEditor';
import { useUserTemplates } from './templates/use-user-templates';
import { messenger } from '../../utils/messaging/messenger';
import {
  EMPTY_TEMPLATE_DRAFT,
  USER_TEMPLATE_PREFIX,
  draftFromBuiltin,
  toStoredTemplate,
  type TemplateDraft,
} from '../../utils/outreach/user-templates';
import { validateTemplate } from '../../utils/outreach/syntax';
import type { OutreachTemplate } from '../../utils/schemas/template';
import type { MessageKey } from '../../utils/i18n/translate';
import '../common/match.css';

type Editing = { kind: 'new'; draft: TemplateDraft } | { kind: 'edit'; template: OutreachTemplate } | null;

const TONE_KEYS: Readonly<Record<OutreachTemplate['tone'], MessageKey>> = {
  warm: 'mt_toneWarm',
  concise: 'mt_toneConcise',
  formal: 'mt_toneFormal',
};

/** Outreach templates: my own (add, edit, delete; they come first among the drafts) and the built-in ones. */
export function TemplatesSection() {
  const { t } = useI18n();
  const id = useId();
  const settings = useSettings();
  const templates = useUserTemplates();
  const [editing, setEditing] = useState<Editing>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const myName = settings?.myProfile.name ?? '';
  const premium = settings?.myProfile.linkedinPremium ?? false;

  const save = async (draft: TemplateDraft) => {
    const now = Date.now();
    const existing = editing?.kind === 'edit' ? editing.template : undefined;
    const templateId = existing?.id ?? `${USER_TEMPLATE_PREFIX}${crypto.randomUUID()}`;
    await messenger.sendMessage('saveTemplate', { template: toStoredTemplate(draft, templateId, now, existing) });
    setEditing(null);
  };

  const meta = (tpl: Pick<OutreachTemplate, 'language' | 'address' | 'tone' | 'format'>) =>
    [
      tpl.language === 'en' ? 'English' : `Deutsch · ${tpl.address === 'du' ? 'Du' : tpl.address === 'sie' ? 'Sie' : t('mt_addressAny')}`,
      t(TONE_KEYS[tpl.tone]),
      tpl.format === 'message' ? t('mt_formatMessage') : t('mt_formatNote'),
    ].join(' · ');

  const editor = editing && (
    <TemplateEditor
      key={editing.kind === 'edit' ? editing.template.id : 'new'}
      initial={editing.kind === 'edit' ? editing.template : editing.draft}
      isNew={editing.kind === 'new'}
      myName={myName}
      premium={premium}
      onSave={save}
      onCancel={() => setEditing(null)}
    />
  );

  return (
    <section className="mt-section" aria-labelledby={`${id}-title`} data-testid="templates">
      <h2 id={`${id}-title`}>{t('mt_templatesTitle')}</h2>
      <p className="muted">{t('mt_templatesIntro')}</p>

      <h3>{t('mt_myTemplates')}</h3>
      {templates === undefined ? (
        <p className="muted">{t('loading')}</p>
      ) : templates.length === 0 ? (
        <p className="muted" data-testid="templates-empty">
          {t('mt_noTemplates')}
        </p>
      ) : (
        <ul className="mt-template-list">
          {templates.map((tpl) => {
            const broken = validateTemplate(tpl.body).length > 0;
            return (
              <li key={tpl.id} className="mt-template-row" data-testid="template-row" data-template-id={tpl.id}>
                <div className="mt-template-head">
                  <span>
                    <strong>{tpl.name}</strong> <span className="mt-template-meta">· {meta(tpl)}</span>
                    {broken && <span className="error"> · {t('mt_templateBroken')}</span>}
                  </span>
                  <span className="mt-template-actions">
                    <button type="button" data-testid="template-edit" onClick={() => setEditing({ kind: 'edit', template: tpl })}>
                      {t('mt_edit')}
                    </button>
                    {confirmDelete === tpl.id ? (
                      <button
                        type="button"
                        className="danger"
                        data-testid="template-delete-confirm"
                        onClick={() => {
                          setConfirmDelete(null);
                          if (editing?.kind === 'edit' && editing.template.id === tpl.id) setEditing(null);
                          void messenger.sendMessage('deleteTemplate', { id: tpl.id });
                        }}
                      >
                        {t('mt_deleteConfirm')}
                      </button>
                    ) : (
                      <button type="button" data-testid="template-delete" onClick={() => setConfirmDelete(tpl.id)}>
                        {t('mt_delete')}
                      </button>
                    )}
                  </span>
                </div>
                {editing?.kind === 'edit' && editing.template.id === tpl.id && editor}
              </li>
            );
          })}
        </ul>
      )}
      {editing?.kind === 'new' ? (
        editor
      ) : (
        <div className="actions">
          <button
            type="button"
            data-testid="template-new"
            onClick={() => setEditing({ kind: 'new', draft: { ...EMPTY_TEMPLATE_DRAFT, language: settings?.myProfile.outreachLanguage ?? 'en', address: settings?.myProfile.outreachLanguage === 'de' ? settings.myProfile.germanAddress : null } })}
          >
            {t('mt_templateAdd')}
          </button>
        </div>
      )}

      <BuiltinTemplateList
        myName={myName}
        premium={premium}
        onDuplicate={(builtin) => {
          setEditing({ kind: 'new', draft: draftFromBuiltin(builtin, t('mt_copySuffix')) });
          requestAnimationFrame(() => document.querySelector<HTMLInputElement>('[data-testid="template-name"]')?.focus());
        }}
      />
    </section>
  );
}
