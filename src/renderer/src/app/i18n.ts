import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { namespaces, resources } from '../../../shared/i18n';

/** One i18next instance over the shared strings (the Word exports use the same ones). */
export function initI18n(language: 'en' | 'fr') {
  void i18n.use(initReactI18next).init({
    resources: resources as never,
    lng: language,
    fallbackLng: 'en',
    ns: namespaces,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  i18n.on('languageChanged', (lng) => (document.documentElement.lang = lng));
  return i18n;
}
