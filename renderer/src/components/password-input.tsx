/**
 * Mantine's PasswordInput with its show/hide button named in the UI language: Mantine names it in
 * English ("Toggle password visibility"), which a screen reader then reads out in the Arabic UI.
 * The button's aria-pressed says whether the password is shown. Mantine does not mark its input
 * invalid itself: an error here does, so the first invalid field can be found and focused.
 */
import { PasswordInput as MantinePasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function PasswordInput({ visibilityToggleButtonProps, ...props }: PasswordInputProps) {
  const { t } = useTranslation();
  return <MantinePasswordInput aria-invalid={Boolean(props.error)} {...props} visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword'), ...visibilityToggleButtonProps }} />;
}
