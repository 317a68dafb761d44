import { useMemo, useState } from 'react';
import { useI18n } from '../../common/i18n';
import { builtinsFor } from '../../../utils/outreach/user-templates';
import { previewTemplate } from '../../../utils/outreach/template-preview';
import { BUILTIN_TEMPLATES } from '../../../utils/outreach/builtin-templates';
import type { SentenceTemplate } from '../../../utils/outreach/types';
import type { OutreachFormat } from '../../../utils/schemas/template';
import type { MessageKey } from '../../../utils/i18n/translate';

type Variant = 'en' | 'de-du' | 'de-sie';
const TONE_KEYS: Readonly<Record<SentenceTemplate['tone'], MessageKey>> = {
  warm: 'mt_toneWarm',
  concise: 'mt_toneConcise',
  formal: 'mt_toneFormal',
};

/** The built-in templates, read-only, one language and format at a time; each can be duplicated. */
export function BuiltinTemplateList({ myName, premium, onDuplicate }: { myName: string; premium: boolean; onDuplicate: (t: SentenceTemplate) => void }) {
  const { t, lang } = useI18n();
  const [variant, setVariant] = useState<Variant>(lang === 'de' ? 'de-sie' : 'en');
  const [format, setFormat] = useState<OutreachFormat>('connection-note');
  const shown = useMemo(() => {
    const language = variant === 'en' ? 'en' : 'de';
    const address = variant === 'de-du' ? 'du' : 'sie';
    return builtinsFor(BUILTIN_TEMPLATES, language, address, format).map((template) => ({
      template,
      preview: previewTemplate(template, myName, premium).text,
    }));
  }, [variant, format, myName, premium]);

  return (
    <details data-testid="builtin-templates">
      <summary>{t('mt_builtinTitle', BUILTIN_TEMPLATES.length)}</summary>
      <p className="muted">{t('mt_builtinIntro')}</p>
      <div className="mt-options">
        <label className="mt-field">
          <span>{t('mt_language')}</span>
          <select data-testid="builtin-variant" value={variant} onChange={(e) => setVariant(e.target.value as Variant)}>
            <option value="en">English</option>
            <option value="de-sie">Deutsch · Sie</option>
            <option value="de-du">Deutsch · Du</option>
          </select>
        </label>
        <label className="mt-field">
          <span>{t('mt_format')}</span>
          <select data-testid="builtin-format" value={format} onChange={(e) => setFormat(e.target.value as OutreachFormat)}>
            <option value="connection-note">{t('mt_formatNote')}</option>
            <option value="message">{t('mt_formatMessage')}</option>
          </select>
        </label>
      </div>
      <ul className="mt-template-list">
        {shown.map(({ template, preview }) => (
          <li key={template.id} className="mt-template-row" data-testid="builtin-template-row" data-template-id={template.id}>
            <div className="mt-template-head">
              <span>
                <strong>{template.name}</strong> <span className="mt-template-meta">· {t(TONE_KEYS[template.tone])}</span>
              </span>
              <button type="button" data-testid="template-duplicate" onClick={() => onDuplicate(template)}>
                {t('mt_duplicate')}
              </button>
            </div>
            <p className="mt-template-preview">{preview}</p>
          </li>
        ))}
      </ul>
    </details>
  );
}
