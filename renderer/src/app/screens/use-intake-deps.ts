import { useMemo } from 'react';
import { of } from 'rxjs';
import type { IntakeDeps } from '@renderer/features/intake/data';
import { useObservable } from '@renderer/components/use-observable';
import { useSessionStore } from '../../stores/session-store';
import { useDesk } from '../desk-context';

/**
 * What the intake screens need: the database, the signed-in staff member with their roles and the
 * units they work (read live from their staff document, so an admin's change applies at once), the desk.
 */
export function useIntakeDeps(): IntakeDeps | null {
  const { db, settings } = useDesk();
  const user = useSessionStore((s) => s.user);
  const staffId = user?.staffId;
  const staff = useObservable(() => (staffId ? db.staff.findOne(staffId).$ : of(null)), [db, staffId], undefined);
  const unitKey = staff?.unitIds.join(',') ?? '';
  const loaded = staff !== undefined;
  return useMemo(() => {
    if (!user || !loaded) return null;
    return {
      db,
      actor: { id: user.staffId, roles: user.roles, unitIds: unitKey === '' ? [] : unitKey.split(',') },
      desk: { deskId: settings.deskId, deskCode: settings.deskCode },
      now: () => new Date(),
    };
    // `staff` matters only through unitKey and loaded: a new document object arrives on every write.
  }, [db, user, unitKey, loaded, settings.deskId, settings.deskCode]);
}
