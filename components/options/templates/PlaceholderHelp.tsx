import { useI18n } from '../../common/i18n';
import { PLACEHOLDERS, type PlaceholderName } from '../../../utils/outreach/placeholders';
import type { MessageKey } from '../../../utils/i18n/translate';

const DOC_KEYS: Readonly<Record<PlaceholderName, MessageKey>> = {
  firstName: 'mt_ph_firstName',
  fullName: 'mt_ph_fullName',
  role: 'mt_ph_role',
  company: 'mt_ph_company',
  headline: 'mt_ph_headline',
  theyTeach: 'mt_ph_theyTeach',
  iTeach: 'mt_ph_iTeach',
  myName: 'mt_ph_myName',
  myFirstName: 'mt_ph_myFirstName',
};

/** The placeholders a template may use (PLACEHOLDERS) and the sentence syntax, in the UI language. */
export function PlaceholderHelp() {
  const { t } = useI18n();
  return (
    <details className="mt-placeholders" data-testid="placeholder-help">
      <summary>{t('mt_placeholderHelp')}</summary>
      <dl>
        {PLACEHOLDERS.map((name) => (
          <div key={name}>
            <dt>{`{${name}}`}</dt>
            <dd>{t(DOC_KEYS[name])}</dd>
          </div>
        ))}
        <div>
          <dt>{'{p:1} … {p:5}'}</dt>
          <dd>{t('mt_syntaxPriority')}</dd>
        </div>
        <div>
          <dt>{'{or}'}</dt>
          <dd>{t('mt_syntaxOr')}</dd>
        </div>
        <div>
          <dt>{'{{  }}'}</dt>
          <dd>{t('mt_syntaxBraces')}</dd>
        </div>
      </dl>
    </details>
  );
}
