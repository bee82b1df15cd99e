import type { ReactNode } from 'react';
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '@shared/staff/roles';
import { hasRole, useSessionStore } from '../../stores/session-store';

/** Refuses a screen at the route, not only by hiding its link; a list of roles lets any of them in. */
export function RequireRole({ role, children }: { role: Role | readonly Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const user = useSessionStore((s) => s.user);
  const roles: readonly Role[] = typeof role === 'string' ? [role] : role;
  if (!roles.some((r) => hasRole(user, r))) {
    return (
      <Alert color="red" role="alert" title={t('errors.auth.not-allowed')}>
        {null}
      </Alert>
    );
  }
  return children;
}
