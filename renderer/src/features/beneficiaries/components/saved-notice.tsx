import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What the file screen learns from the form that saved it (router state). */
export type SavedState = { saved?: string; deskOnly?: boolean };

/**
 * "File … saved" above a file just saved; when the duplicate check could not ask the server (offline,
 * no answer in time, refused), it says so: another desk's file with the same mobile or name was not
 * looked for, and the server flags it when this file syncs (policy 3.6b).
 */
export function SavedNotice({ fileNumber, deskOnly }: { fileNumber: string; deskOnly: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert color="teal" role="status">
      <Text size="sm">{t('registry.view.saved', { fileNumber })}</Text>
      {deskOnly && (
        <Text size="sm" data-testid="saved-desk-only">
          {t('registry.duplicate.deskOnly')}
        </Text>
      )}
    </Alert>
  );
}
