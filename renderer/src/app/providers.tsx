import { useEffect, type ReactNode } from 'react';
import { DirectionProvider, MantineProvider, createTheme, useDirection } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { directionOf, isLocale, DEFAULT_LOCALE } from '@shared/i18n/locale';
import { applyDocumentLocale } from '../i18n/i18n';

const theme = createTheme({
  fontFamily: 'var(--wasl-font)',
  headings: { fontFamily: 'var(--wasl-font)' },
  primaryColor: 'teal',
  defaultRadius: 'md',
});

/**
 * The per-response CSP nonce is put into a meta tag by the server (app:// handler or the
 * browser-build server); Mantine needs it for the <style> elements it injects.
 */
function readStyleNonce(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="wasl-csp-nonce"]');
  return meta?.content ?? '';
}

/** Keeps <html lang dir> and Mantine's direction in step with i18next's language. */
function LocaleSync(): null {
  const { i18n } = useTranslation();
  const { setDirection } = useDirection();
  useEffect(() => {
    const apply = (lng: string) => {
      const locale = isLocale(lng) ? lng : DEFAULT_LOCALE;
      applyDocumentLocale(locale);
      setDirection(directionOf(locale));
    };
    apply(i18n.language);
    i18n.on('languageChanged', apply);
    return () => i18n.off('languageChanged', apply);
  }, [i18n, setDirection]);
  return null;
}

export function Providers({ children }: { children: ReactNode }) {
  return (
    <DirectionProvider initialDirection="rtl" detectDirection={false}>
      <MantineProvider theme={theme} getStyleNonce={readStyleNonce} defaultColorScheme="light">
        <LocaleSync />
        {children}
      </MantineProvider>
    </DirectionProvider>
  );
}
