import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActionState } from './action-runner';

/**
 * What a settings form's last save came to: why it failed (translated, never the exception's
 * text), or that it was saved; nothing while it runs or before the first save.
 */
export function SaveStatus({ save, savedText }: { save: ActionState<unknown>; savedText: string }) {
  const { t } = useTranslation();
  if (save.busy) return null;
  if (save.error) {
    return (
      <Alert color="red" role="alert">
        {t('errors.save-failed', { message: t(save.error) })}
      </Alert>
    );
  }
  if (!save.result) return null;
  return (
    <Alert color="teal" role="status">
      {savedText}
    </Alert>
  );
}
