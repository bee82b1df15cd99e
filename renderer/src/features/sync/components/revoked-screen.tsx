import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusScreen } from '@renderer/components/status-screen';
import type { RevocationState } from '@renderer/sync/desk-sync';

/**
 * What a revoked desk shows instead of everything else: while its data is being removed, then
 * that it is gone (a lost or stolen laptop keeps nothing to read). Nothing here offers a way back
 * in: a new registration code from an administrator starts the desk over.
 */
export function RevokedScreen({ state }: { state: Exclude<RevocationState, 'active'> }) {
  const { t } = useTranslation();
  return (
    <StatusScreen title={t('revoked.title')} busy={state === 'wiping'}>
      <Text data-testid="revoked-state" data-state={state}>
        {t(`revoked.${state}`)}
      </Text>
    </StatusScreen>
  );
}
