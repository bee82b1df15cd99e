import { PolicyLibraryScreen } from '@renderer/features/policy/components/policy-library-screen';
import { useSessionStore } from '../../stores/session-store';
import { useDesk } from '../desk-context';

/** The policy library (Art. 4): open to every signed-in staff member, every unit. */
export function PolicyRoute() {
  const { db, settings } = useDesk();
  const user = useSessionStore((s) => s.user);
  if (!user) return null;
  return <PolicyLibraryScreen db={db} deskId={settings.deskId} associationName={settings.associationName} user={user} />;
}
