import '../../utils/schemas/zod-setup';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from './i18n';
import { resolveLanguage } from '../../utils/i18n/translate';

/** Mounts an extension page's React tree with the shared providers. */
export function renderApp(app: ReactNode): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('Missing #root element');
  document.documentElement.lang = resolveLanguage('auto', navigator.language);
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>{app}</I18nProvider>
    </StrictMode>,
  );
}
