import type { Lang } from '../../utils/i18n/translate';

/** English/German choice for drafts and templates; each name in its own language, so either UI finds it. */
export function LanguageSelect({ testId, value, onChange }: { testId: string; value: Lang; onChange: (lang: Lang) => void }) {
  return (
    <select data-testid={testId} value={value} onChange={(e) => onChange(e.target.value as Lang)}>
      <option value="en">English</option>
      <option value="de">Deutsch</option>
    </select>
  );
}
