/**
 * i18next set up once, synchronously, before the first render: the resources are bundled,
 * so there is nothing to wait for and no flash of untranslated keys.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, directionOf, type Locale } from '@shared/i18n/locale';
import ar from './ar.json';
import en from './en.json';

export const resources = { ar: { translation: ar }, en: { translation: en } } as const;

void i18next.use(initReactI18next).init({
  resources,
  lng: DEFAULT_LOCALE,
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
});

/** Sets the document language and direction; Mantine's direction follows through LocaleSync. */
export function applyDocumentLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
}

export async function changeLocale(locale: Locale): Promise<void> {
  await i18next.changeLanguage(locale);
  applyDocumentLocale(locale);
}

export { i18next };
