/** The few strings main shows itself. Main does not run i18next, so they live here, in both languages. */
import type { Locale } from '../../shared/i18n/locale';

export interface MenuStrings {
  file: string;
  lock: string;
  signOut: string;
  quit: string;
  view: string;
  switchLanguage: string;
  reload: string;
  toggleDevTools: string;
  zoomIn: string;
  zoomOut: string;
  resetZoom: string;
  fullScreen: string;
  help: string;
  about: string;
}

export const MENU_STRINGS: Readonly<Record<Locale, MenuStrings>> = {
  ar: {
    file: 'ملف',
    lock: 'قفل الشاشة',
    signOut: 'تسجيل الخروج',
    quit: 'إنهاء وصل',
    view: 'عرض',
    switchLanguage: 'English',
    reload: 'إعادة التحميل',
    toggleDevTools: 'أدوات المطوّر',
    zoomIn: 'تكبير',
    zoomOut: 'تصغير',
    resetZoom: 'الحجم الأصلي',
    fullScreen: 'ملء الشاشة',
    help: 'مساعدة',
    about: 'عن وصل',
  },
  en: {
    file: 'File',
    lock: 'Lock',
    signOut: 'Sign out',
    quit: 'Quit Wasl',
    view: 'View',
    switchLanguage: 'العربية',
    reload: 'Reload',
    toggleDevTools: 'Developer tools',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetZoom: 'Actual size',
    fullScreen: 'Full screen',
    help: 'Help',
    about: 'About Wasl',
  },
};
