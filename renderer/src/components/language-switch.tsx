import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@shared/i18n/locale';
import { useLocale } from '../i18n/use-locale';

/** One button that offers the other language, written in that language. */
export function LanguageSwitch({ onSwitch }: { onSwitch: (locale: Locale) => void | Promise<void> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const next: Locale = locale === 'ar' ? 'en' : 'ar';
  return (
    <Button variant="subtle" size="compact-md" lang={next} onClick={() => void onSwitch(next)} aria-label={`${t('language.label')}: ${t(`language.${next}`)}`}>
      {t('language.switchTo')}
    </Button>
  );
}
