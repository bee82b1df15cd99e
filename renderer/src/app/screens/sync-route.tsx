import { SyncScreen } from '@renderer/features/sync/components/sync-screen';
import { hasRole, useSessionStore } from '../../stores/session-store';
import { useDesk } from '../desk-context';
import { useConflictDescriber } from './conflict-describer';

export function SyncRoute() {
  const { db, settings } = useDesk();
  const user = useSessionStore((s) => s.user);
  const describer = useConflictDescriber();
  if (!user) return null;
  return <SyncScreen db={db} settings={settings} actorId={user.staffId} canConfigure={hasRole(user, 'admin')} describer={describer} />;
}
