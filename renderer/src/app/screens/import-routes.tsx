import { useMemo } from 'react';
import { Alert, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getSearchIndex } from '@renderer/db/search-index';
import { useLoad } from '@renderer/components/use-action';
import { ImportScreen } from '@renderer/features/import/components/import-screen';
import type { Role } from '@shared/staff/roles';
import { hasRole, useSessionStore } from '../../stores/session-store';
import { useDesk } from '../desk-context';

/**
 * Who may import a list: the administration, and reception, which registers files (push rights:
 * receptionists create beneficiaries). Field workers register one file at a time in the field.
 */
export const IMPORT_ROLES: readonly Role[] = ['admin', 'receptionist'];

export function ImportRoute() {
  const { t } = useTranslation();
  const { db, settings } = useDesk();
  const user = useSessionStore((s) => s.user);
  const index = useLoad(getSearchIndex, []);
  const staffId = user?.staffId;
  const deps = useMemo(
    () => (index.result && staffId ? { db, index: index.result, actor: { id: staffId }, desk: { deskId: settings.deskId, deskCode: settings.deskCode }, now: () => new Date() } : null),
    [db, index.result, staffId, settings.deskId, settings.deskCode],
  );
  if (!IMPORT_ROLES.some((role) => hasRole(user, role))) {
    return <Alert color="red" role="alert" title={t('errors.auth.not-allowed')}>{null}</Alert>;
  }
  if (index.error) return <Alert color="red" role="alert">{t('errors.save-failed', { message: t(index.error) })}</Alert>;
  if (!deps) return <Loader aria-label={t('app.loading')} />;
  return <ImportScreen deps={deps} />;
}
