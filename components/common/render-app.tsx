import '../../utils/schemas/zod-setup';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from './i18n';
import { useSettings } from './use-settings';

/** Mounts an extension page's React tree with the shared providers. */
export function renderApp(app: ReactNode): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('Missing #root element');
  createRoot(root).render(
    <StrictMode>
      <LanguageFromSettings>{app}</LanguageFromSettings>
    </StrictMode>,
  );
}

/** The UI language the user picked in options (browser language by default), live on every page. */
function LanguageFromSettings({ children }: { children: ReactNode }) {
  const settings = useSettings();
  return <I18nProvider preference={settings?.preferences.uiLanguage ?? 'auto'}>{children}</I18nProvider>;
}
