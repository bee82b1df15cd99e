import { useEffect, type ReactNode } from 'react';
import {
  Autocomplete, DirectionProvider, Input, JsonInput, MantineProvider, MultiSelect, NativeSelect, NumberInput, PasswordInput,
  Select, TagsInput, Textarea, TextInput, createTheme, darken, useDirection, type CSSVariablesResolver,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { directionOf, isLocale, DEFAULT_LOCALE } from '@shared/i18n/locale';
import { applyDocumentLocale } from '../i18n/i18n';

/**
 * No field autocompletes unless it says so (policy 6b): a shared desk's browser must keep no
 * typed national ID, mobile or address, and Chromium saves a field's value for session restore
 * and autofill only when autocomplete is on. Passwords are 'new-password', so no browser offers
 * one person's saved password to the next at the same desk.
 */
const NO_AUTOCOMPLETE = { defaultProps: { autoComplete: 'off' } };
const components = {
  Input: Input.extend(NO_AUTOCOMPLETE),
  TextInput: TextInput.extend(NO_AUTOCOMPLETE),
  Textarea: Textarea.extend(NO_AUTOCOMPLETE),
  NumberInput: NumberInput.extend(NO_AUTOCOMPLETE),
  Select: Select.extend(NO_AUTOCOMPLETE),
  NativeSelect: NativeSelect.extend(NO_AUTOCOMPLETE),
  Autocomplete: Autocomplete.extend(NO_AUTOCOMPLETE),
  MultiSelect: MultiSelect.extend(NO_AUTOCOMPLETE),
  TagsInput: TagsInput.extend(NO_AUTOCOMPLETE),
  JsonInput: JsonInput.extend(NO_AUTOCOMPLETE),
  PasswordInput: PasswordInput.extend({ defaultProps: { autoComplete: 'new-password' } }),
};

export const theme = createTheme({
  fontFamily: 'var(--wasl-font)',
  headings: { fontFamily: 'var(--wasl-font)' },
  primaryColor: 'teal',
  // Filled buttons, outline badges and links in shade 9: white on teal-6 is 2.5:1, on teal-9 5:1 (WCAG AA).
  primaryShade: { light: 9, dark: 8 },
  defaultRadius: 'md',
  components,
});

/**
 * Text contrast of WCAG AA (4.5:1), which axe checks on every screen (test/e2e/accessibility.spec.ts):
 * Mantine's dimmed grey (gray-6, 3.3:1 on white) becomes gray-7, error red-6 (3.3:1) red-8, the text of the light variants
 * (badges, alerts: shade 9 on shade 1, 2.7:1 for yellow) a darker shade of 9, and a filled button under the pointer a
 * darker shade of 9 too (Mantine hovers shade 9 with the lighter shade 8: white on teal-8 is 3.9:1).
 */
const contrastResolver: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-8)',
    ...Object.fromEntries(
      Object.entries(theme.colors).flatMap(([name, shades]) => [
        [`--mantine-color-${name}-light-color`, darken(shades[9] ?? theme.black, 0.3)],
        [`--mantine-color-${name}-filled-hover`, darken(shades[9] ?? theme.black, 0.15)],
      ]),
    ),
  },
  dark: {},
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
      <MantineProvider theme={theme} getStyleNonce={readStyleNonce} defaultColorScheme="light" cssVariablesResolver={contrastResolver}>
        <LocaleSync />
        {children}
      </MantineProvider>
    </DirectionProvider>
  );
}
