import { useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { useI18n } from '../common/i18n';
import { useContacts } from '../common/use-contacts';
import type { Contact } from '../../utils/schemas/contact';

function matchesQuery(contact: Contact, query: string): boolean {
  const haystack = [contact.name, contact.headline, contact.currentRole, contact.currentCompany]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
  return haystack.includes(query.toLowerCase());
}

export function PopupApp() {
  const { t } = useI18n();
  const { contacts } = useContacts();
  const [query, setQuery] = useState('');
  const visible = useMemo(
    () => (contacts ?? []).filter((c) => query.trim() === '' || matchesQuery(c, query.trim())),
    [contacts, query],
  );

  return (
    <div className="popup">
      <header className="popup-bar">
        <h1>{t('popupTitle')}</h1>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </header>
      {contacts === undefined ? (
        <p className="muted">{t('loading')}</p>
      ) : contacts.length === 0 ? (
        <section className="empty" data-testid="popup-empty">
          <h2>{t('popupEmptyTitle')}</h2>
          <p>{t('popupEmptyBody')}</p>
        </section>
      ) : (
        <>
          <input
            type="search"
            className="search"
            data-testid="contact-search"
            aria-label={t('searchContacts')}
            placeholder={t('searchContacts')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <p className="muted">{t('contactCount', visible.length)}</p>
          <ul className="contact-list">
            {visible.map((contact) => (
              <li key={contact.key}>
                <a
                  className="contact-row"
                  data-testid="contact-row"
                  href={contact.url}
                  target="_blank"
                  rel="noreferrer"
                >
                  <strong>{contact.name}</strong>
                  <span className="muted">
                    {[contact.currentRole, contact.currentCompany].filter(Boolean).join(' · ') || contact.headline}
                  </span>
                  <span className="status">{t(`status_${contact.status}`)}</span>
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
